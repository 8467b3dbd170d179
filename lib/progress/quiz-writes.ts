import "server-only";
import { db } from "@/lib/db";
import type { SessionPurpose } from "@/lib/quiz/session-purpose";
import { allowedGrades, newCard, ratingFor, replayCard, reviewCard, type CardState, type ReviewGrade } from "@/lib/quiz/schedule-card";
import { answerHistory } from "./grade-options";
import { toAnswerRecord, type AnswerRecord } from "./quiz-reads";
import { fromSqlDate, toSqlDate, writeTransaction, type Sql } from "./sqlite";

// Writes of quiz sessions, answers and cards. An answer, its card and the session's
// "finished" mark change together in one synchronous transaction on the direct
// connection (see ./sqlite.ts): nothing half-written is ever visible, and concurrent
// duplicates cannot interleave, so the first answer wins and the rest read it back.

export async function createQuizSession(session: {
  id: string;
  learnerId: string;
  purpose: SessionPurpose;
  mode: string;
  questionIds: string[];
  now: Date;
}): Promise<void> {
  await db.quizSession.create({
    data: {
      id: session.id,
      learnerId: session.learnerId,
      purpose: session.purpose,
      mode: session.mode,
      questionIds: JSON.stringify(session.questionIds),
      createdAt: session.now,
    },
    select: { id: true },
  });
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

const ANSWER_COLUMNS = "questionId, sectionId, kind, given, correct, overridden, answeredAt";
const CARD_COLUMNS = "due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview";

type CardRow = Omit<CardState, "due" | "lastReview"> & { due: string; lastReview: string | null };

/**
 * Stores the first answer to a question of a session and reviews the learner's card
 * for it (wrong → Again, right → Good). A repeat returns the first answer and changes
 * nothing. The session must belong to the learner (the caller has checked).
 */
export async function recordAnswer(input: RecordAnswerInput): Promise<RecordedAnswer> {
  return writeTransaction((sqlite) => {
    const selectAnswer = sqlite.prepare(`SELECT ${ANSWER_COLUMNS} FROM "Answer" WHERE sessionId = ? AND questionId = ?`);
    const existing = selectAnswer.get(input.sessionId, input.questionId) as Parameters<typeof toAnswerRecord>[0] | undefined;
    if (existing) return { answer: toAnswerRecord(existing), created: false };

    const stored = sqlite
      .prepare(`SELECT ${CARD_COLUMNS} FROM "Card" WHERE learnerId = ? AND questionId = ?`)
      .get(input.learnerId, input.questionId) as CardRow | undefined;
    const before = stored ? fromCardRow(stored) : null;
    // Never before the card's last review, even if the system clock stepped back.
    const now = laterOf(input.clock(), before?.lastReview ?? null);
    const after = reviewCard(before ?? newCard(now), ratingFor(input.correct ? "right" : "wrong"), now);
    const answeredAt = toSqlDate(now);
    sqlite
      .prepare(
        `INSERT INTO "Answer" (sessionId, learnerId, questionId, sectionId, kind, given, correct, overridden, answeredAt) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)`,
      )
      .run(input.sessionId, input.learnerId, input.questionId, input.sectionId, input.kind, input.given, input.correct ? 1 : 0, answeredAt);
    saveCard(sqlite, input.learnerId, input.questionId, after);
    const { answered } = sqlite.prepare(`SELECT COUNT(*) AS answered FROM "Answer" WHERE sessionId = ?`).get(input.sessionId) as {
      answered: number;
    };
    if (answered >= input.sessionSize) {
      sqlite.prepare(`UPDATE "QuizSession" SET finishedAt = ? WHERE id = ? AND finishedAt IS NULL`).run(answeredAt, input.sessionId);
    }
    const answer = toAnswerRecord(selectAnswer.get(input.sessionId, input.questionId) as Parameters<typeof toAnswerRecord>[0]);
    return { answer, created: true };
  });
}

/**
 * Marks a typed answer graded wrong as right ("I was right") and reschedules the card
 * as if that answer had been rated Hard, by replaying the question's answer history.
 * Idempotent. Returns null when the question has no answer of this learner in the session.
 */
export async function overrideAnswer(learnerId: string, sessionId: string, questionId: string): Promise<AnswerRecord | null> {
  return writeTransaction((sqlite) => {
    const selectAnswer = sqlite.prepare(`SELECT ${ANSWER_COLUMNS} FROM "Answer" WHERE sessionId = ? AND questionId = ? AND learnerId = ?`);
    const existing = selectAnswer.get(sessionId, questionId, learnerId) as Parameters<typeof toAnswerRecord>[0] | undefined;
    if (!existing) return null;
    if (existing.overridden === 1) return toAnswerRecord(existing);
    sqlite.prepare(`UPDATE "Answer" SET correct = 1, overridden = 1, grade = NULL WHERE sessionId = ? AND questionId = ?`).run(sessionId, questionId);
    replaySavedCard(sqlite, learnerId, questionId);
    return toAnswerRecord(selectAnswer.get(sessionId, questionId, learnerId) as Parameters<typeof toAnswerRecord>[0]);
  });
}

/**
 * Takes back an "I was right": the answer is wrong again and the card is replayed as
 * such. Only while it is the session's latest answer (the learner has not moved on).
 * Returns null when there is no such answer, "too_late" after a later answer.
 */
export async function undoOverride(learnerId: string, sessionId: string, questionId: string): Promise<AnswerRecord | "too_late" | null> {
  return writeTransaction((sqlite) => {
    const selectAnswer = sqlite.prepare(`SELECT id, ${ANSWER_COLUMNS} FROM "Answer" WHERE sessionId = ? AND questionId = ? AND learnerId = ?`);
    const existing = selectAnswer.get(sessionId, questionId, learnerId) as (Parameters<typeof toAnswerRecord>[0] & { id: number }) | undefined;
    if (!existing) return null;
    if (existing.overridden !== 1) return toAnswerRecord(existing);
    const later = sqlite.prepare(`SELECT COUNT(*) AS n FROM "Answer" WHERE sessionId = ? AND id > ?`).get(sessionId, existing.id) as { n: number };
    if (Number(later.n) > 0) return "too_late";
    sqlite.prepare(`UPDATE "Answer" SET correct = 0, overridden = 0, grade = NULL WHERE id = ?`).run(existing.id);
    replaySavedCard(sqlite, learnerId, questionId);
    return toAnswerRecord(selectAnswer.get(sessionId, questionId, learnerId) as Parameters<typeof toAnswerRecord>[0]);
  });
}

export function replaySavedCard(sqlite: Sql, learnerId: string, questionId: string): void {
  const card = replayCard(answerHistory(sqlite, learnerId, questionId));
  if (card) saveCard(sqlite, learnerId, questionId, card);
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
  return writeTransaction((sqlite) => {
    const selectAnswer = sqlite.prepare(`SELECT ${ANSWER_COLUMNS} FROM "Answer" WHERE sessionId = ? AND questionId = ? AND learnerId = ?`);
    const existing = selectAnswer.get(sessionId, questionId, learnerId) as Parameters<typeof toAnswerRecord>[0] | undefined;
    if (!existing) return null;
    if (!allowedGrades({ correct: existing.correct === 1 }).includes(grade)) return "not_allowed";
    sqlite.prepare(`UPDATE "Answer" SET grade = ? WHERE sessionId = ? AND questionId = ?`).run(grade, sessionId, questionId);
    replaySavedCard(sqlite, learnerId, questionId);
    return toAnswerRecord(selectAnswer.get(sessionId, questionId, learnerId) as Parameters<typeof toAnswerRecord>[0]);
  });
}

/** Deletes everything the learner has done (studied sections, sessions, answers, cards); keeps the learner. */
export async function resetProgress(learnerId: string): Promise<{ studied: number; sessions: number; answers: number; cards: number }> {
  return writeTransaction((sqlite) => {
    const remove = (table: string) => Number(sqlite.prepare(`DELETE FROM "${table}" WHERE learnerId = ?`).run(learnerId).changes);
    const answers = remove("Answer");
    const cards = remove("Card");
    const sessions = remove("QuizSession");
    const studied = remove("StudiedSection");
    return { studied, sessions, answers, cards };
  });
}

function saveCard(sqlite: Sql, learnerId: string, questionId: string, card: CardState): void {
  sqlite
    .prepare(
      `INSERT INTO "Card" (learnerId, questionId, ${CARD_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (learnerId, questionId) DO UPDATE SET due = excluded.due, stability = excluded.stability,
         difficulty = excluded.difficulty, elapsedDays = excluded.elapsedDays, scheduledDays = excluded.scheduledDays,
         learningSteps = excluded.learningSteps, reps = excluded.reps, lapses = excluded.lapses, state = excluded.state,
         lastReview = excluded.lastReview`,
    )
    .run(
      learnerId,
      questionId,
      toSqlDate(card.due),
      card.stability,
      card.difficulty,
      Math.round(card.elapsedDays),
      Math.round(card.scheduledDays),
      card.learningSteps,
      card.reps,
      card.lapses,
      card.state,
      card.lastReview ? toSqlDate(card.lastReview) : null,
    );
}

function fromCardRow(row: CardRow): CardState {
  return { ...row, due: fromSqlDate(row.due)!, lastReview: fromSqlDate(row.lastReview) };
}

function laterOf(time: Date, other: Date | null): Date {
  return other !== null && other.getTime() > time.getTime() ? other : time;
}
