import type { KindAccuracy, ProgressReport, SectionProgress, SessionSummary } from "@/lib/progress/progress-report";
import { QUESTION_KINDS, type QuestionKind } from "@/lib/questions/types";
import { buildReviewForecast } from "./review-forecast";

// The dashboard's numbers, from plain rows: no I/O, the clock passed in. Days are UTC.

export type ReportSection = { id: string; setSlug: string; slug: string; title: string | null; labelZh: string | null };
export type ReportQuestion = { id: string; section: string; kind: QuestionKind };
export type ReportAnswer = { questionId: string; kind: string; correct: boolean; answeredAt: Date };
export type ReportStudied = { sectionId: string; studiedAt: Date };

export type ProgressInput = {
  now: Date;
  sections: readonly ReportSection[];
  questions: readonly ReportQuestion[];
  studied: readonly ReportStudied[];
  /** Every answer of the learner, oldest first. */
  answers: readonly ReportAnswer[];
  /** The most recent sessions, newest first. */
  sessions: readonly SessionSummary[];
  cardDues: readonly Date[];
};

export function buildProgressReport(input: ProgressInput): ProgressReport {
  const studiedAt = new Map(input.studied.map((row) => [row.sectionId, row.studiedAt]));
  const lastCorrect = lastOutcomes(input.answers);
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
    kinds: kindAccuracy(input.questions, input.answers),
    sessions: input.sessions.slice(0, 10),
    reviews: buildReviewForecast(input.cardDues, input.now).forecast,
    streakDays: streakDays(
      [...input.answers.map((answer) => answer.answeredAt), ...input.studied.map((row) => row.studiedAt)],
      utcDay(input.now),
    ),
  };
}

/** Each answered question's latest outcome (answers are oldest first, so the last wins). */
function lastOutcomes(answers: readonly ReportAnswer[]): Map<string, boolean> {
  const last = new Map<string, boolean>();
  for (const answer of answers) last.set(answer.questionId, answer.correct);
  return last;
}

/** Accuracy over every answer given, per kind; kinds the bank or the answers have, in the usual order. */
function kindAccuracy(questions: readonly ReportQuestion[], answers: readonly ReportAnswer[]): KindAccuracy[] {
  const present = new Set<string>([...questions.map((question) => question.kind), ...answers.map((answer) => answer.kind)]);
  return QUESTION_KINDS.filter((kind) => present.has(kind)).map((kind) => {
    const ofKind = answers.filter((answer) => answer.kind === kind);
    const correct = ofKind.filter((answer) => answer.correct).length;
    return { kind, answered: ofKind.length, correct, accuracy: ofKind.length === 0 ? null : correct / ofKind.length };
  });
}

/**
 * Consecutive days with any activity, ending today, or yesterday when today has none
 * yet (a streak is not lost before the day is over). `today` is YYYY-MM-DD (UTC).
 */
export function streakDays(activity: readonly Date[], today: string): number {
  const days = new Set(activity.map(utcDay));
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
