import "server-only";
import { db } from "@/lib/db";
import { fromSqlDate, read, type Sql } from "./sqlite";
import type { SessionSummary } from "./progress-report";
import { sessionMode } from "@/lib/quiz/session-view";
import { sessionPurpose, type SessionPurpose } from "@/lib/quiz/session-purpose";

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
  createdAt: Date;
  finishedAt: Date | null;
  answers: AnswerRecord[];
};

const ANSWER_FIELDS = {
  questionId: true,
  sectionId: true,
  kind: true,
  given: true,
  correct: true,
  overridden: true,
  answeredAt: true,
} as const;

type SessionRow = { id: string; purpose: string; mode: string; questionIds: string; createdAt: string; finishedAt: string | null };
type AnswerRow = Omit<AnswerRecord, "correct" | "overridden" | "answeredAt"> & { correct: number; overridden: number; answeredAt: string };

/** The session row, only when it belongs to this learner. */
function readSessionRow(sqlite: Sql, learnerId: string, sessionId: string): SessionRow | undefined {
  return sqlite
    .prepare(`SELECT id, purpose, mode, questionIds, createdAt, finishedAt FROM "QuizSession" WHERE id = ? AND learnerId = ?`)
    .get(sessionId, learnerId) as SessionRow | undefined;
}

function toSessionRecord(row: SessionRow): Omit<QuizSessionRecord, "answers"> {
  return {
    id: row.id,
    purpose: sessionPurpose(row.purpose),
    mode: row.mode,
    questionIds: parseIds(row.questionIds),
    createdAt: fromSqlDate(row.createdAt)!,
    finishedAt: fromSqlDate(row.finishedAt),
  };
}

/**
 * The learner's session with its answers, or null (unknown id, or another learner's).
 * On the direct connection: this read is on every answer's path (see ./sqlite.ts).
 */
export async function getQuizSession(learnerId: string, sessionId: string): Promise<QuizSessionRecord | null> {
  return read((sqlite) => {
    const row = readSessionRow(sqlite, learnerId, sessionId);
    if (!row) return null;
    const answers = sqlite
      .prepare(
        `SELECT questionId, sectionId, kind, given, correct, overridden, answeredAt FROM "Answer" WHERE sessionId = ? ORDER BY answeredAt, id`,
      )
      .all(sessionId) as AnswerRow[];
    return { ...toSessionRecord(row), answers: answers.map(toAnswerRecord) };
  });
}

/**
 * What answering one question needs: the session (without its other answers) and this
 * question's first answer, if any. A point lookup on Answer(sessionId, questionId):
 * reading every answer of the session instead cost 0.2 ms per answer at 40 answers
 * (a tenth of the route's time under load), for one row it then looked for.
 */
export async function getSessionForAnswer(
  learnerId: string,
  sessionId: string,
  questionId: string,
): Promise<{ session: Omit<QuizSessionRecord, "answers">; first: AnswerRecord | null } | null> {
  return read((sqlite) => {
    const row = readSessionRow(sqlite, learnerId, sessionId);
    if (!row) return null;
    const first = sqlite
      .prepare(`SELECT questionId, sectionId, kind, given, correct, overridden, answeredAt FROM "Answer" WHERE sessionId = ? AND questionId = ?`)
      .get(sessionId, questionId) as AnswerRow | undefined;
    return {
      session: toSessionRecord(row),
      first: first ? toAnswerRecord(first) : null,
    };
  });
}

export function toAnswerRecord(row: AnswerRow): AnswerRecord {
  return { ...row, correct: row.correct === 1, overridden: row.overridden === 1, answeredAt: fromSqlDate(row.answeredAt)! };
}

/** The learner's cards due at `now`, most overdue first. */
export async function getDueCards(learnerId: string, now: Date): Promise<{ questionId: string; due: Date }[]> {
  return db.card.findMany({
    where: { learnerId, due: { lte: now } },
    select: { questionId: true, due: true },
    orderBy: [{ due: "asc" }, { questionId: "asc" }],
  });
}

/** Every card's due date, for the review forecast. */
export async function getCardDues(learnerId: string): Promise<Date[]> {
  const rows = await db.card.findMany({ where: { learnerId }, select: { due: true }, orderBy: { due: "asc" } });
  return rows.map((row) => row.due);
}

export type ProgressRows = {
  studied: { sectionId: string; studiedAt: Date }[];
  answers: (AnswerRecord & { sessionId: string })[];
  sessions: SessionSummary[];
  cardDues: Date[];
};

const RECENT_SESSIONS = 10;

/** Everything the progress report is built from. */
export async function getProgressRows(learnerId: string): Promise<ProgressRows> {
  const [studied, answers, sessions, cardDues] = await Promise.all([
    db.studiedSection.findMany({ where: { learnerId }, select: { sectionId: true, studiedAt: true } }),
    db.answer.findMany({
      where: { learnerId },
      select: { ...ANSWER_FIELDS, sessionId: true },
      orderBy: [{ answeredAt: "asc" }, { id: "asc" }],
    }),
    db.quizSession.findMany({
      where: { learnerId },
      select: { id: true, purpose: true, mode: true, questionIds: true, createdAt: true, finishedAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: RECENT_SESSIONS,
    }),
    getCardDues(learnerId),
  ]);
  const tallies = new Map<string, { answered: number; correct: number }>();
  for (const answer of answers) {
    const tally = tallies.get(answer.sessionId) ?? { answered: 0, correct: 0 };
    tally.answered++;
    if (answer.correct) tally.correct++;
    tallies.set(answer.sessionId, tally);
  }
  return {
    studied,
    answers,
    cardDues,
    sessions: sessions.map((session) => ({
      id: session.id,
      purpose: sessionPurpose(session.purpose),
      mode: sessionMode(session.mode),
      createdAt: session.createdAt.toISOString(),
      finishedAt: session.finishedAt?.toISOString() ?? null,
      total: parseIds(session.questionIds).length,
      answered: tallies.get(session.id)?.answered ?? 0,
      correct: tallies.get(session.id)?.correct ?? 0,
    })),
  };
}

function parseIds(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

/** How often the learner has answered each question, and how often wrongly (overrides count as right). */
export async function getQuestionHistory(learnerId: string): Promise<Map<string, { seen: number; wrong: number }>> {
  return read((sqlite) => {
    const rows = sqlite
      .prepare(`SELECT questionId, COUNT(*) AS seen, SUM(CASE WHEN correct = 0 THEN 1 ELSE 0 END) AS wrong FROM "Answer" WHERE learnerId = ? GROUP BY questionId`)
      .all(learnerId) as { questionId: string; seen: number; wrong: number }[];
    return new Map(rows.map((row) => [row.questionId, { seen: Number(row.seen), wrong: Number(row.wrong) }]));
  });
}
