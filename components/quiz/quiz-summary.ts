import type { QuestionKind } from "@/lib/questions/types";
import type { AnswerResult, SessionQuestion } from "./quiz-api";

export type Tally = { correct: number; total: number };

export type SummaryFigures = {
  score: Tally;
  byKind: [QuestionKind, Tally][];
  bySection: [string, Tally][];
  missed: SessionQuestion[];
  /** Milliseconds from the session's start to its last answer, when known. */
  durationMs: number | null;
};

function add<K>(map: Map<K, Tally>, key: K, correct: boolean) {
  const tally = map.get(key) ?? { correct: 0, total: 0 };
  tally.total += 1;
  if (correct) tally.correct += 1;
  map.set(key, tally);
}

/**
 * The summary's figures from the session's questions and stored results: pure, so the
 * numbers on screen are the ones the results say (an unanswered question counts as missed).
 */
export function summarize(
  questions: SessionQuestion[],
  results: Record<string, AnswerResult>,
  timing: { createdAt?: string; finishedAt?: string | null; durationMs?: number | null },
): SummaryFigures {
  const byKind = new Map<QuestionKind, Tally>();
  const bySection = new Map<string, Tally>();
  const missed: SessionQuestion[] = [];
  let correct = 0;
  for (const question of questions) {
    const right = results[question.id]?.correct === true;
    if (right) correct += 1;
    else missed.push(question);
    add(byKind, question.kind, right);
    add(bySection, question.section, right);
  }
  let durationMs = timing.durationMs ?? null;
  if (durationMs === null && timing.createdAt && timing.finishedAt) {
    durationMs = Math.max(0, Date.parse(timing.finishedAt) - Date.parse(timing.createdAt));
  }
  return { score: { correct, total: questions.length }, byKind: [...byKind], bySection: [...bySection], missed, durationMs: Number.isFinite(durationMs) ? durationMs : null };
}
