import "server-only";
import { asBool, asDate, database, type Sql } from "@/lib/database";
import { cardBeforeLast, previewGrades, type ReviewGrade } from "@/lib/quiz/schedule-card";

// The figures on a review's grade buttons: when the card would fall due after each
// grade of an answer, from the learner's answer history of the question up to it.

type HistoryEntry = { id: number; correct: boolean; overridden: boolean; grade: string | null; answeredAt: Date };

/** The learner's answers to a question, oldest first: what its card is replayed from. */
export async function answerHistory(sql: Sql, learnerId: string, questionId: string): Promise<HistoryEntry[]> {
  const rows = await sql.all<{ id: unknown; correct: unknown; overridden: unknown; grade: string | null; answeredAt: unknown }>(
    `SELECT "id", "correct", "overridden", "grade", "answeredAt" FROM "Answer" WHERE "learnerId" = ? AND "questionId" = ? ORDER BY "answeredAt", "id"`,
    [learnerId, questionId],
  );
  return rows.map((row) => ({
    id: Number(row.id),
    correct: asBool(row.correct),
    overridden: asBool(row.overridden),
    grade: row.grade,
    answeredAt: asDate(row.answeredAt),
  }));
}

/** When the card would fall due after each grade of this session's answer (the grade buttons' figures). */
export async function getGradeOptions(
  learnerId: string,
  sessionId: string,
  questionId: string,
  sql: Sql = database(),
): Promise<{ grade: ReviewGrade | null; grades: Record<ReviewGrade, Date> } | null> {
  const row = await sql.get<{ id: unknown }>(`SELECT "id" FROM "Answer" WHERE "sessionId" = ? AND "questionId" = ? AND "learnerId" = ?`, [
    sessionId,
    questionId,
    learnerId,
  ]);
  if (!row) return null;
  const history = await answerHistory(sql, learnerId, questionId);
  const upTo = history.slice(0, history.findIndex((entry) => entry.id === Number(row.id)) + 1);
  const answer = upTo[upTo.length - 1]!;
  const before = cardBeforeLast(upTo)!;
  return { grade: (answer.grade as ReviewGrade | null) ?? null, grades: previewGrades(before, answer.answeredAt) };
}
