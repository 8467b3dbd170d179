import "server-only";
import { asBool, asDate, asDateOrNull, asNumber, database, type Sql } from "@/lib/database";
import { getQuestion } from "@/lib/questions/question-banks";
import type { Question } from "@/lib/questions/types";
import type { SessionSummary } from "./progress-report";
import { sessionMode } from "@/lib/quiz/session-view";
import { sessionPurpose, type SessionPurpose } from "@/lib/quiz/session-purpose";
import { parseSnapshot } from "./session-snapshot";

// Reads of quiz sessions, answers and cards. Every query is scoped to one learner and
// served by an index: QuizSession(learnerId, createdAt), Answer(learnerId, answeredAt),
// Answer(sessionId, questionId) and Card(learnerId, due).

export type AnswerRecord = {
  questionId: string;
  sectionId: string;
  kind: string;
  given: string;
  correct: boolean;
  overridden: boolean;
  answeredAt: Date;
};

export type QuizSessionRecord = {
  id: string;
  purpose: SessionPurpose;
  mode: string;
  questionIds: string[];
  /** The questions as they were when the session was made (older sessions: null). */
  snapshot: Map<string, Question> | null;
  createdAt: Date;
  finishedAt: Date | null;
  answers: AnswerRecord[];
};

export const ANSWER_COLUMNS = `"questionId", "sectionId", "kind", "given", "correct", "overridden", "answeredAt"`;
const SESSION_COLUMN_NAMES = ["id", "purpose", "mode", "questionIds", "questions", "createdAt", "finishedAt"] as const;
const SESSION_COLUMNS = SESSION_COLUMN_NAMES.map((column) => `"${column}"`).join(", ");

type SessionRow = { id: string; purpose: string; mode: string; questionIds: string; questions: string | null; createdAt: unknown; finishedAt: unknown };
export type AnswerRow = { questionId: string; sectionId: string; kind: string; given: string; correct: unknown; overridden: unknown; answeredAt: unknown };

// An answer's columns under names of their own, beside a session's in one row (null when none).
const FIRST_ANSWER_COLUMNS = `a."questionId" AS "firstQuestionId", a."sectionId" AS "firstSectionId", a."kind" AS "firstKind", a."given" AS "firstGiven",
  a."correct" AS "firstCorrect", a."overridden" AS "firstOverridden", a."answeredAt" AS "firstAnsweredAt"`;
type FirstAnswerRow = {
  firstQuestionId: string | null;
  firstSectionId: string;
  firstKind: string;
  firstGiven: string;
  firstCorrect: unknown;
  firstOverridden: unknown;
  firstAnsweredAt: unknown;
};

/** The session row, only when it belongs to this learner. */
function readSessionRow(sql: Sql, learnerId: string, sessionId: string): Promise<SessionRow | undefined> {
  return sql.get<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM "QuizSession" WHERE "id" = ? AND "learnerId" = ?`, [sessionId, learnerId]);
}

function toSessionRecord(row: SessionRow): Omit<QuizSessionRecord, "answers"> {
  return { ...toSessionFields(row), snapshot: parseSnapshot(row.questions) };
}

function toSessionFields(row: Omit<SessionRow, "questions">): Omit<QuizSessionRecord, "answers" | "snapshot"> {
  return {
    id: row.id,
    purpose: sessionPurpose(row.purpose),
    mode: row.mode,
    questionIds: parseIds(row.questionIds),
    createdAt: asDate(row.createdAt),
    finishedAt: asDateOrNull(row.finishedAt),
  };
}

/** A session's question by id: its snapshot's, else (sessions older than snapshots) the bank's. */
export function sessionQuestionOf(session: Pick<QuizSessionRecord, "snapshot">): (id: string) => Question | undefined {
  const snapshot = session.snapshot;
  return snapshot ? (id) => snapshot.get(id) : getQuestion;
}

/** The learner's session with its answers, or null (unknown id, or another learner's). */
export async function getQuizSession(learnerId: string, sessionId: string, sql: Sql = database()): Promise<QuizSessionRecord | null> {
  const row = await readSessionRow(sql, learnerId, sessionId);
  if (!row) return null;
  const answers = await sql.all<AnswerRow>(`SELECT ${ANSWER_COLUMNS} FROM "Answer" WHERE "sessionId" = ? ORDER BY "answeredAt", "id"`, [sessionId]);
  return { ...toSessionRecord(row), answers: answers.map(toAnswerRecord) };
}

/**
 * What answering one question needs: the session (without its other answers) and this
 * question's first answer, if any, in one query (a point lookup on Answer(sessionId,
 * questionId) joined to the session): on PostgreSQL every query is a round trip. The
 * session's stored questions only when asked for (`questions`: its layout is not kept yet,
 * see ./session-layouts.ts), as the stored JSON text (null for a session older than
 * snapshots), else undefined: session-layouts.ts reads it only when it must.
 */
export async function getSessionForAnswer(
  learnerId: string,
  sessionId: string,
  questionId: string,
  { questions }: { questions: boolean },
): Promise<{
  session: Omit<QuizSessionRecord, "answers" | "snapshot">;
  storedQuestions: string | null | undefined;
  first: AnswerRecord | null;
} | null> {
  const row = await database().get<SessionRow & FirstAnswerRow>(questions ? SESSION_FOR_ANSWER : SESSION_FOR_ANSWER_WITHOUT_QUESTIONS, [
    questionId,
    sessionId,
    learnerId,
  ]);
  if (!row) return null;
  const first: AnswerRow | null =
    row.firstQuestionId === null || row.firstQuestionId === undefined
      ? null
      : {
          questionId: row.firstQuestionId,
          sectionId: row.firstSectionId,
          kind: row.firstKind,
          given: row.firstGiven,
          correct: row.firstCorrect,
          overridden: row.firstOverridden,
          answeredAt: row.firstAnsweredAt,
        };
  return { session: toSessionFields(row), storedQuestions: questions ? (row.questions ?? null) : undefined, first: first ? toAnswerRecord(first) : null };
}

function sessionForAnswer(columns: readonly string[]): string {
  return `SELECT ${columns.map((column) => `s."${column}"`).join(", ")}, ${FIRST_ANSWER_COLUMNS}
     FROM "QuizSession" s LEFT JOIN "Answer" a ON a."sessionId" = s."id" AND a."questionId" = ?
     WHERE s."id" = ? AND s."learnerId" = ?`;
}
const SESSION_FOR_ANSWER = sessionForAnswer(SESSION_COLUMN_NAMES);
const SESSION_FOR_ANSWER_WITHOUT_QUESTIONS = sessionForAnswer(SESSION_COLUMN_NAMES.filter((column) => column !== "questions"));

export function toAnswerRecord(row: AnswerRow): AnswerRecord {
  return {
    questionId: row.questionId,
    sectionId: row.sectionId,
    kind: row.kind,
    given: row.given,
    correct: asBool(row.correct),
    overridden: asBool(row.overridden),
    answeredAt: asDate(row.answeredAt),
  };
}

/**
 * The learner's cards due at `now`, most overdue first. Cards of questions that have
 * left the bank are skipped: they can never be asked, so they are never due.
 */
export async function getDueCards(learnerId: string, now: Date, sql: Sql = database()): Promise<{ questionId: string; due: Date }[]> {
  const rows = await sql.all<{ questionId: string; due: unknown }>(
    `SELECT "questionId", "due" FROM "Card" WHERE "learnerId" = ? AND "due" <= ? ORDER BY "due", "questionId"`,
    [learnerId, now],
  );
  return rows.filter((row) => getQuestion(row.questionId) !== undefined).map((row) => ({ questionId: row.questionId, due: asDate(row.due) }));
}

/** Every card's due date, for the review forecast; cards of questions no longer in the bank do not count. */
export async function getCardDues(learnerId: string, sql: Sql = database()): Promise<Date[]> {
  const rows = await sql.all<{ questionId: string; due: unknown }>(`SELECT "questionId", "due" FROM "Card" WHERE "learnerId" = ? ORDER BY "due"`, [learnerId]);
  return rows.filter((row) => getQuestion(row.questionId) !== undefined).map((row) => asDate(row.due));
}

export function parseIds(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

/** How often the learner has answered each question, and how often wrongly (overrides count as right). */
export async function getQuestionHistory(learnerId: string, sql: Sql = database()): Promise<Map<string, { seen: number; wrong: number }>> {
  const rows = await sql.all<{ questionId: string; seen: unknown; wrong: unknown }>(
    `SELECT "questionId", COUNT(*) AS "seen", SUM(CASE WHEN "correct" THEN 0 ELSE 1 END) AS "wrong" FROM "Answer" WHERE "learnerId" = ? GROUP BY "questionId"`,
    [learnerId],
  );
  return new Map(rows.map((row) => [row.questionId, { seen: asNumber(row.seen), wrong: asNumber(row.wrong) }]));
}

const RECENT_SESSIONS = 10;

/** The learner's most recent sessions with their tallies, newest first. */
export async function getRecentSessions(learnerId: string, sql: Sql = database()): Promise<SessionSummary[]> {
  const sessions = await sql.all<SessionRow>(
    `SELECT ${SESSION_COLUMNS} FROM "QuizSession" WHERE "learnerId" = ? ORDER BY "createdAt" DESC, "id" LIMIT ${RECENT_SESSIONS}`,
    [learnerId],
  );
  if (sessions.length === 0) return [];
  const tallies = await sql.all<{ sessionId: string; answered: unknown; correct: unknown }>(
    `SELECT "sessionId", COUNT(*) AS "answered", SUM(CASE WHEN "correct" THEN 1 ELSE 0 END) AS "correct" FROM "Answer"
     WHERE "sessionId" IN (${sessions.map(() => "?").join(", ")}) GROUP BY "sessionId"`,
    sessions.map((session) => session.id),
  );
  const tallyOf = new Map(tallies.map((row) => [row.sessionId, { answered: asNumber(row.answered), correct: asNumber(row.correct) }]));
  return sessions.map((session) => ({
    id: session.id,
    purpose: sessionPurpose(session.purpose),
    mode: sessionMode(session.mode),
    createdAt: asDate(session.createdAt).toISOString(),
    finishedAt: asDateOrNull(session.finishedAt)?.toISOString() ?? null,
    total: parseIds(session.questionIds).length,
    answered: tallyOf.get(session.id)?.answered ?? 0,
    correct: tallyOf.get(session.id)?.correct ?? 0,
  }));
}
