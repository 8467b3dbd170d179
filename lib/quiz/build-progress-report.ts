import type { KindAccuracy, ProgressReport, SectionProgress, SessionSummary } from "@/lib/progress/progress-report";
import { QUESTION_KINDS, type QuestionKind } from "@/lib/questions/types";
import { buildReviewForecast } from "./review-forecast";

// The dashboard's numbers, from plain rows: no I/O, the clock passed in. Days are UTC.

export type ReportSection = { id: string; setSlug: string; slug: string; title: string | null; labelZh: string | null };
export type ReportQuestion = { id: string; section: string; kind: QuestionKind };
/** A question's latest answer's outcome. */
export type ReportLatest = { questionId: string; correct: boolean };
/** Every answer of one kind, counted. */
export type ReportKindTally = { kind: string; answered: number; correct: number };
export type ReportStudied = { sectionId: string; studiedAt: Date };

export type ProgressInput = {
  now: Date;
  sections: readonly ReportSection[];
  questions: readonly ReportQuestion[];
  studied: readonly ReportStudied[];
  /** Each answered question's latest outcome (aggregated by the database, not every answer). */
  latest: readonly ReportLatest[];
  kinds: readonly ReportKindTally[];
  /** The UTC days (YYYY-MM-DD) with any answer. */
  answerDays: readonly string[];
  /** The most recent sessions, newest first. */
  sessions: readonly SessionSummary[];
  cardDues: readonly Date[];
};

export function buildProgressReport(input: ProgressInput): ProgressReport {
  const studiedAt = new Map(input.studied.map((row) => [row.sectionId, row.studiedAt]));
  const lastCorrect = new Map(input.latest.map((row) => [row.questionId, row.correct]));
  const sections: SectionProgress[] = input.sections.map((section) => {
    const questions = input.questions.filter((question) => question.section === section.id);
    const answered = questions.filter((question) => lastCorrect.has(question.id)).length;
    const mastered = questions.filter((question) => lastCorrect.get(question.id) === true).length;
    const studied = studiedAt.get(section.id) ?? null;
    return {
      sectionId: section.id,
      setSlug: section.setSlug,
      sectionSlug: section.slug,
      title: section.title,
      labelZh: section.labelZh,
      studied: studied !== null,
      studiedAt: studied?.toISOString() ?? null,
      questions: questions.length,
      answered,
      mastered,
      mastery: questions.length === 0 ? 0 : mastered / questions.length,
    };
  });
  return {
    generatedAt: input.now.toISOString(),
    studiedCount: sections.filter((section) => section.studied).length,
    sectionCount: sections.length,
    sections,
    kinds: kindAccuracy(input.questions, input.kinds),
    sessions: input.sessions.slice(0, 10),
    reviews: buildReviewForecast(input.cardDues, input.now).forecast,
    streakDays: streakDays([...input.answerDays, ...input.studied.map((row) => utcDay(row.studiedAt))], utcDay(input.now)),
  };
}

/** Accuracy over every answer given, per kind; kinds the bank or the answers have, in the usual order. */
function kindAccuracy(questions: readonly ReportQuestion[], tallies: readonly ReportKindTally[]): KindAccuracy[] {
  const tallyOf = new Map(tallies.map((tally) => [tally.kind, tally]));
  const present = new Set<string>([...questions.map((question) => question.kind), ...tallyOf.keys()]);
  return QUESTION_KINDS.filter((kind) => present.has(kind)).map((kind) => {
    const { answered, correct } = tallyOf.get(kind) ?? { answered: 0, correct: 0 };
    return { kind, answered, correct, accuracy: answered === 0 ? null : correct / answered };
  });
}

/**
 * Consecutive days with any activity, ending today, or yesterday when today has none
 * yet (a streak is not lost before the day is over). Days are YYYY-MM-DD (UTC).
 */
export function streakDays(activity: readonly string[], today: string): number {
  const days = new Set(activity);
  let cursor = Date.parse(`${today}T00:00:00Z`);
  const DAY = 86_400_000;
  if (!days.has(today)) cursor -= DAY;
  let streak = 0;
  while (days.has(new Date(cursor).toISOString().slice(0, 10))) {
    streak++;
    cursor -= DAY;
  }
  return streak;
}

export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
