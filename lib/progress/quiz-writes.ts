import "server-only";
import { asDate, asDateOrNull, asNumber, database, type Param, type Sql } from "@/lib/database";
import type { Question } from "@/lib/questions/types";
import type { SessionPurpose } from "@/lib/quiz/session-purpose";
import { allowedGrades, newCard, ratingFor, replayCard, reviewCard, type CardState, type ReviewGrade } from "@/lib/quiz/schedule-card";
import { answerHistory } from "./grade-options";
import { ANSWER_COLUMNS, toAnswerRecord, type AnswerRecord, type AnswerRow } from "./quiz-reads";
import { snapshotOf } from "./session-snapshot";

// Writes of quiz sessions, answers and cards. An answer, its card and the session's
// "finished" mark change together in one transaction (lib/database): nothing
// half-written is ever visible, and concurrent duplicates are serialised, so the first
// answer wins and the rest read it back.

/** Stores a new session, with its questions as they are now, in the caller's transaction. */
export async function createQuizSession(
  tx: Sql,
  session: { id: string; learnerId: string; purpose: SessionPurpose; mode: string; questions: readonly Question[]; now: Date },
): Promise<void> {
  await tx.run(`INSERT INTO "QuizSession" ("id", "learnerId", "purpose", "mode", "questionIds", "questions", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)`, [
    session.id,
    session.learnerId,
    session.purpose,
    session.mode,
    JSON.stringify(session.questions.map((question) => question.id)),
    snapshotOf(session.questions),
    session.now,
  ]);
}

export type RecordAnswerInput = {
  learnerId: string;
  sessionId: string;
  /** How many questions the session has: the answer that completes them finishes it. */
  sessionSize: number;
  questionId: string;
  sectionId: string;
  kind: string;
  given: string;
  correct: boolean;
  /**
   * The clock, read inside the write transaction: with several server processes, an
   * answer timed before it waited for the write lock could otherwise be stored after a
   * later one, and the card would be reviewed back in time.
   */
  clock: () => Date;
};

export type RecordedAnswer = { answer: AnswerRecord; created: boolean };

const CARD_COLUMNS = `"due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview"`;

const JOINED_CARD_COLUMNS = CARD_COLUMNS.split(", ")
  .map((column) => `c.${column}`)
  .join(", ");

type CardRow = Omit<CardState, "due" | "lastReview"> & { due: unknown; lastReview: unknown };

/** The answer's row by session and question, scoped to the learner. */
function selectAnswer(tx: Sql, sessionId: string, questionId: string, learnerId: string): Promise<(AnswerRow & { id: unknown }) | undefined> {
  return tx.get<AnswerRow & { id: unknown }>(`SELECT "id", ${ANSWER_COLUMNS} FROM "Answer" WHERE "sessionId" = ? AND "questionId" = ? AND "learnerId" = ?`, [
    sessionId,
    questionId,
    learnerId,
  ]);
}

/**
 * Stores the first answer to a question of a session and reviews the learner's card
 * for it (wrong → Again, right → Good). A repeat returns the first answer and changes
 * nothing; null when the session is not the learner's (or no longer exists), checked here
 * under the learner's lock, so the caller need not read the session first.
 * On PostgreSQL each round trip costs the app and the database CPU, so there are two: BEGIN
 * with the learner's lock and one read of the session, any earlier answer, the card and the
 * session's answer count; then the writes with the COMMIT.
 */
export async function recordAnswer(input: RecordAnswerInput): Promise<RecordedAnswer | null> {
  return database().transaction(async (tx) => {
    await tx.lock(input.learnerId);
    // Exact: the learner's lock serialises every write to their sessions.
    const found = await tx.get<Partial<CardRow> & { existingId: unknown; answered: unknown }>(
      `SELECT a."id" AS "existingId", ${JOINED_CARD_COLUMNS}, (SELECT COUNT(*) FROM "Answer" WHERE "sessionId" = ?) AS "answered"
       FROM "QuizSession" s
       LEFT JOIN "Answer" a ON a."sessionId" = s."id" AND a."questionId" = ?
       LEFT JOIN "Card" c ON c."learnerId" = s."learnerId" AND c."questionId" = ?
       WHERE s."id" = ? AND s."learnerId" = ?`,
      [input.sessionId, input.questionId, input.questionId, input.sessionId, input.learnerId],
    );
    if (!found) return null;
    if (found.existingId !== null && found.existingId !== undefined) return firstAnswer(tx, input);
    const before = found.due !== null && found.due !== undefined ? fromCardRow(found as CardRow) : null;
    // Never before the card's last review, even if the system clock stepped back.
    const now = laterOf(input.clock(), before?.lastReview ?? null);
    // Sent with the commit (one round trip on PostgreSQL): nothing below needs their
    // results, and under the learner's lock the answer is known to be new (a duplicate
    // arriving anyway would fail the unique index, and the transaction be run again).
    tx.runAtCommit(
      `INSERT INTO "Answer" ("sessionId", "learnerId", "questionId", "sectionId", "kind", "given", "correct", "overridden", "answeredAt") VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?)`,
      [input.sessionId, input.learnerId, input.questionId, input.sectionId, input.kind, input.given, input.correct, now],
    );
    tx.runAtCommit(...cardUpsert(input.learnerId, input.questionId, reviewCard(before ?? newCard(now), ratingFor(input.correct ? "right" : "wrong"), now)));
    // The answer that completes the session finishes it.
    if (asNumber(found.answered) + 1 >= input.sessionSize) {
      tx.runAtCommit(`UPDATE "QuizSession" SET "finishedAt" = ? WHERE "id" = ? AND "finishedAt" IS NULL`, [now, input.sessionId]);
    }
    const { questionId, sectionId, kind, given, correct } = input;
    return { answer: { questionId, sectionId, kind, given, correct, overridden: false, answeredAt: now }, created: true };
  });
}

/** The question's answered already (a duplicate sent at once, committed first): the first answer stands. */
async function firstAnswer(tx: Sql, input: RecordAnswerInput): Promise<RecordedAnswer> {
  const existing = await selectAnswer(tx, input.sessionId, input.questionId, input.learnerId);
  if (!existing) throw new Error(`answer to ${input.questionId} in session ${input.sessionId} belongs to another learner`);
  return { answer: toAnswerRecord(existing), created: false };
}

/**
 * Marks a typed answer graded wrong as right ("I was right") and reschedules the card
 * as if that answer had been rated Hard, by replaying the question's answer history.
 * Idempotent. Returns null when the question has no answer of this learner in the session.
 */
export async function overrideAnswer(learnerId: string, sessionId: string, questionId: string): Promise<AnswerRecord | null> {
  return database().transaction(async (tx) => {
    await tx.lock(learnerId);
    const existing = await selectAnswer(tx, sessionId, questionId, learnerId);
    if (!existing) return null;
    if (toAnswerRecord(existing).overridden) return toAnswerRecord(existing);
    await tx.run(`UPDATE "Answer" SET "correct" = TRUE, "overridden" = TRUE, "grade" = NULL WHERE "id" = ?`, [Number(existing.id)]);
    await replaySavedCard(tx, learnerId, questionId);
    return toAnswerRecord((await selectAnswer(tx, sessionId, questionId, learnerId))!);
  });
}

/**
 * Takes back an "I was right": the answer is wrong again and the card is replayed as
 * such. Only while it is the session's latest answer (the learner has not moved on).
 * Returns null when there is no such answer, "too_late" after a later answer.
 */
export async function undoOverride(learnerId: string, sessionId: string, questionId: string): Promise<AnswerRecord | "too_late" | null> {
  return database().transaction(async (tx) => {
    await tx.lock(learnerId);
    const existing = await selectAnswer(tx, sessionId, questionId, learnerId);
    if (!existing) return null;
    if (!toAnswerRecord(existing).overridden) return toAnswerRecord(existing);
    const later = await tx.get<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "Answer" WHERE "sessionId" = ? AND "id" > ?`, [sessionId, Number(existing.id)]);
    if (asNumber(later?.n) > 0) return "too_late";
    await tx.run(`UPDATE "Answer" SET "correct" = FALSE, "overridden" = FALSE, "grade" = NULL WHERE "id" = ?`, [Number(existing.id)]);
    await replaySavedCard(tx, learnerId, questionId);
    return toAnswerRecord((await selectAnswer(tx, sessionId, questionId, learnerId))!);
  });
}

export async function replaySavedCard(tx: Sql, learnerId: string, questionId: string): Promise<void> {
  const card = replayCard(await answerHistory(tx, learnerId, questionId));
  if (card) await tx.run(...cardUpsert(learnerId, questionId, card));
}

/**
 * The learner's own grade of a review answer (Again, Hard, Good or Easy): stored with the
 * answer, and the card replayed with it. A wrong answer may only be graded Again.
 */
export async function gradeReviewAnswer(
  learnerId: string,
  sessionId: string,
  questionId: string,
  grade: ReviewGrade,
): Promise<AnswerRecord | "not_allowed" | null> {
  return database().transaction(async (tx) => {
    await tx.lock(learnerId);
    const existing = await selectAnswer(tx, sessionId, questionId, learnerId);
    if (!existing) return null;
    if (!allowedGrades({ correct: toAnswerRecord(existing).correct }).includes(grade)) return "not_allowed";
    await tx.run(`UPDATE "Answer" SET "grade" = ? WHERE "id" = ?`, [grade, Number(existing.id)]);
    await replaySavedCard(tx, learnerId, questionId);
    return toAnswerRecord((await selectAnswer(tx, sessionId, questionId, learnerId))!);
  });
}

/** Deletes everything the learner has done (studied sections, sessions, answers, cards); keeps the learner. */
export async function resetProgress(learnerId: string): Promise<{ studied: number; sessions: number; answers: number; cards: number }> {
  return database().transaction(async (tx) => {
    await tx.lock(learnerId);
    const remove = (table: string) => tx.run(`DELETE FROM "${table}" WHERE "learnerId" = ?`, [learnerId]);
    const answers = await remove("Answer");
    const cards = await remove("Card");
    const sessions = await remove("QuizSession");
    const studied = await remove("StudiedSection");
    return { studied, sessions, answers, cards };
  });
}

/** The statement that stores a card (inserted or replaced), for tx.run or tx.runAtCommit. */
function cardUpsert(learnerId: string, questionId: string, card: CardState): [string, Param[]] {
  return [
    `INSERT INTO "Card" ("learnerId", "questionId", ${CARD_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT ("learnerId", "questionId") DO UPDATE SET "due" = excluded."due", "stability" = excluded."stability",
       "difficulty" = excluded."difficulty", "elapsedDays" = excluded."elapsedDays", "scheduledDays" = excluded."scheduledDays",
       "learningSteps" = excluded."learningSteps", "reps" = excluded."reps", "lapses" = excluded."lapses", "state" = excluded."state",
       "lastReview" = excluded."lastReview"`,
    [
      learnerId,
      questionId,
      card.due,
      card.stability,
      card.difficulty,
      Math.round(card.elapsedDays),
      Math.round(card.scheduledDays),
      card.learningSteps,
      card.reps,
      card.lapses,
      card.state,
      card.lastReview ?? null,
    ],
  ];
}

function fromCardRow(row: CardRow): CardState {
  return {
    ...row,
    stability: asNumber(row.stability),
    difficulty: asNumber(row.difficulty),
    due: asDate(row.due),
    lastReview: asDateOrNull(row.lastReview),
  };
}

function laterOf(time: Date, other: Date | null): Date {
  return other !== null && other.getTime() > time.getTime() ? other : time;
}
