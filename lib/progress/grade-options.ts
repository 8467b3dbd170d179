import "server-only";
import { cardBeforeLast, previewGrades, type ReviewGrade } from "@/lib/quiz/schedule-card";
import { fromSqlDate, read, type Sql } from "./sqlite";

// The figures on a review's grade buttons: when the card would fall due after each
// grade of an answer, from the learner's answer history of the question up to it.

type HistoryEntry = { id: number; correct: boolean; overridden: boolean; grade: string | null; answeredAt: Date };

/** The learner's answers to a question, oldest first: what its card is replayed from. */
export function answerHistory(sqlite: Sql, learnerId: string, questionId: string): HistoryEntry[] {
  return (
    sqlite
      .prepare(`SELECT id, correct, overridden, grade, answeredAt FROM "Answer" WHERE learnerId = ? AND questionId = ? ORDER BY answeredAt, id`)
      .all(learnerId, questionId) as { id: number; correct: number; overridden: number; grade: string | null; answeredAt: string }[]
  ).map((row) => ({ id: row.id, correct: row.correct === 1, overridden: row.overridden === 1, grade: row.grade, answeredAt: fromSqlDate(row.answeredAt)! }));
}

/** When the card would fall due after each grade of this session's answer (the grade buttons' figures). */
export function gradeOptions(sqlite: Sql, learnerId: string, sessionId: string, questionId: string): { grade: ReviewGrade | null; grades: Record<ReviewGrade, Date> } | null {
  const row = sqlite.prepare(`SELECT id FROM "Answer" WHERE sessionId = ? AND questionId = ? AND learnerId = ?`).get(sessionId, questionId, learnerId) as { id: number } | undefined;
  if (!row) return null;
  const history = answerHistory(sqlite, learnerId, questionId);
  const upTo = history.slice(0, history.findIndex((entry) => entry.id === row.id) + 1);
  const answer = upTo[upTo.length - 1]!;
  const before = cardBeforeLast(upTo)!;
  return { grade: (answer.grade as ReviewGrade | null) ?? null, grades: previewGrades(before, answer.answeredAt) };
}


export async function getGradeOptions(learnerId: string, sessionId: string, questionId: string) {
  return read((sqlite) => gradeOptions(sqlite, learnerId, sessionId, questionId));
}
