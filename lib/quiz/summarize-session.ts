import type { QuestionKind } from "@/lib/questions/types";

// The end-of-session summary, from plain rows: score, results per kind and per
// section, time from the first question served to the last answer, and what was missed.

export type SummaryQuestion = { id: string; kind: QuestionKind; section: string };
export type SummaryAnswer = { questionId: string; correct: boolean; answeredAt: Date };

export type Tally = { total: number; correct: number };

/** The whole session's tally (unanswered questions count as not right), and more. */
export type SessionResultSummary = Tally & {
  answered: number;
  /** correct / total, 0..1. */
  score: number;
  kinds: ({ kind: QuestionKind } & Tally)[];
  sections: ({ sectionId: string } & Tally)[];
  startedAt: string;
  lastAnsweredAt: string | null;
  durationMs: number;
  /** Questions answered wrong (and not overridden), in session order: for "retry the ones I missed". */
  missedQuestionIds: string[];
};

export function summarizeSession(startedAt: Date, questions: readonly SummaryQuestion[], answers: readonly SummaryAnswer[]): SessionResultSummary {
  const answerOf = new Map(answers.map((answer) => [answer.questionId, answer]));
  const kinds = new Map<QuestionKind, Tally>();
  const sections = new Map<string, Tally>();
  let correct = 0;
  let answered = 0;
  const missedQuestionIds: string[] = [];
  for (const question of questions) {
    const answer = answerOf.get(question.id);
    const right = answer?.correct === true;
    if (answer) answered++;
    if (right) correct++;
    if (answer && !right) missedQuestionIds.push(question.id);
    tally(kinds, question.kind, right);
    tally(sections, question.section, right);
  }
  const last = answers.reduce<Date | null>((latest, answer) => (latest === null || answer.answeredAt > latest ? answer.answeredAt : latest), null);
  return {
    total: questions.length,
    answered,
    correct,
    score: questions.length === 0 ? 0 : correct / questions.length,
    kinds: [...kinds].map(([kind, counts]) => ({ kind, ...counts })),
    sections: [...sections].map(([sectionId, counts]) => ({ sectionId, ...counts })),
    startedAt: startedAt.toISOString(),
    lastAnsweredAt: last?.toISOString() ?? null,
    durationMs: last === null ? 0 : Math.max(0, last.getTime() - startedAt.getTime()),
    missedQuestionIds,
  };
}

function tally<K>(map: Map<K, Tally>, key: K, right: boolean): void {
  const counts = map.get(key) ?? { total: 0, correct: 0 };
  counts.total++;
  if (right) counts.correct++;
  map.set(key, counts);
}
