import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { newCard, ratingFor, replayCard, reviewCard, type CardState } from "@/lib/quiz/schedule-card";
import { ANSWER_FIELDS, type AnswerRecord } from "./quiz-reads";

// Writes of quiz sessions, answers and cards. An answer, its card and the session's
// "finished" mark change together in one transaction, so nothing half-written is ever
// visible. The transactions never throw on purpose: the SQLite adapter runs them on its
// one connection, one at a time, and a rollback must never be the normal path.

const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;

export async function createQuizSession(session: {
  id: string;
  learnerId: string;
  purpose: "quiz" | "review";
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
  now: Date;
};

export type RecordedAnswer = { answer: AnswerRecord; created: boolean };

/**
 * Stores the first answer to a question of a session and reviews the learner's card
 * for it (wrong → Again, right → Good). A repeat returns the first answer and changes
 * nothing. The session must belong to the learner (the caller has checked).
 */
export async function recordAnswer(input: RecordAnswerInput): Promise<RecordedAnswer> {
  const key = { sessionId_questionId: { sessionId: input.sessionId, questionId: input.questionId } };
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.answer.findUnique({ where: key, select: ANSWER_FIELDS });
      if (existing) return { answer: existing, created: false };
      const cardKey = { learnerId_questionId: { learnerId: input.learnerId, questionId: input.questionId } };
      const stored = await tx.card.findUnique({ where: cardKey });
      const before = stored ?? newCard(input.now);
      const after = reviewCard(before, ratingFor(input.correct ? "right" : "wrong"), input.now);
      const answer = await tx.answer.create({
        data: {
          sessionId: input.sessionId,
          learnerId: input.learnerId,
          questionId: input.questionId,
          sectionId: input.sectionId,
          kind: input.kind,
          given: input.given,
          correct: input.correct,
          answeredAt: input.now,
        },
        select: ANSWER_FIELDS,
      });
      await tx.card.upsert({
        where: cardKey,
        create: { learnerId: input.learnerId, questionId: input.questionId, ...cardData(after) },
        update: cardData(after),
      });
      const answered = await tx.answer.count({ where: { sessionId: input.sessionId } });
      if (answered >= input.sessionSize) {
        await tx.quizSession.updateMany({ where: { id: input.sessionId, finishedAt: null }, data: { finishedAt: input.now } });
      }
      return { answer, created: true };
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    // Another process won the race for the unique (session, question) pair: its answer is the first.
    if (!isUniqueViolation(error)) throw error;
    const existing = await db.answer.findUnique({ where: key, select: ANSWER_FIELDS });
    if (!existing) throw error;
    return { answer: existing, created: false };
  }
}

/**
 * Marks a typed answer graded wrong as right ("I was right") and reschedules the card
 * as if that answer had been rated Hard, by replaying the question's answer history.
 * Idempotent. Returns null when the question has no answer in the session.
 */
export async function overrideAnswer(learnerId: string, sessionId: string, questionId: string): Promise<AnswerRecord | null> {
  const key = { sessionId_questionId: { sessionId, questionId } };
  return db.$transaction(async (tx) => {
    const existing = await tx.answer.findFirst({ where: { sessionId, questionId, learnerId }, select: ANSWER_FIELDS });
    if (!existing) return null;
    if (existing.overridden) return existing;
    const updated = await tx.answer.update({ where: key, data: { correct: true, overridden: true }, select: ANSWER_FIELDS });
    const history = await tx.answer.findMany({
      where: { learnerId, questionId },
      select: { correct: true, overridden: true, answeredAt: true },
      orderBy: [{ answeredAt: "asc" }, { id: "asc" }],
    });
    const card = replayCard(history);
    if (card) {
      const cardKey = { learnerId_questionId: { learnerId, questionId } };
      await tx.card.upsert({ where: cardKey, create: { learnerId, questionId, ...cardData(card) }, update: cardData(card) });
    }
    return updated;
  }, TRANSACTION_OPTIONS);
}

/** Deletes everything the learner has done (studied sections, sessions, answers, cards); keeps the learner. */
export async function resetProgress(learnerId: string): Promise<{ studied: number; sessions: number; answers: number; cards: number }> {
  const [answers, cards, sessions, studied] = await db.$transaction([
    db.answer.deleteMany({ where: { learnerId } }),
    db.card.deleteMany({ where: { learnerId } }),
    db.quizSession.deleteMany({ where: { learnerId } }),
    db.studiedSection.deleteMany({ where: { learnerId } }),
  ]);
  return { studied: studied.count, sessions: sessions.count, answers: answers.count, cards: cards.count };
}

function cardData(card: CardState) {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: Math.round(card.elapsedDays),
    scheduledDays: Math.round(card.scheduledDays),
    learningSteps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.lastReview,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
