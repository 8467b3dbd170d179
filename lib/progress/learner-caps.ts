import "server-only";
import { asNumber, type Sql } from "@/lib/database";
import { LEARNER_CAPS, utcDayStart } from "@/lib/api/rate-limit-rules";
import type { ApiFailure } from "@/lib/api/errors";

// Caps on what one learner may store, checked in the transaction that would store more,
// so concurrent requests cannot both slip under a cap. Answers are capped when a session
// starts (every answer needs one, and a session holds at most MAX_SESSION_QUESTIONS), so
// the answer path itself runs no count. Both counts are served by an index on learnerId.

export type CapRefusal = ApiFailure & { retryAfterSeconds?: number };

export async function sessionCapRefusal(tx: Sql, learnerId: string, now: Date): Promise<CapRefusal | null> {
  const today = utcDayStart(now);
  const sessions = await tx.get<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "QuizSession" WHERE "learnerId" = ? AND "createdAt" >= ?`, [learnerId, today]);
  if (asNumber(sessions?.n) >= LEARNER_CAPS.sessionsPerDay) {
    const tomorrow = today.getTime() + 86_400_000;
    return {
      status: 429,
      code: "session_cap_reached",
      values: { limit: LEARNER_CAPS.sessionsPerDay },
      retryAfterSeconds: Math.max(1, Math.ceil((tomorrow - now.getTime()) / 1000)),
    };
  }
  const answers = await tx.get<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "Answer" WHERE "learnerId" = ?`, [learnerId]);
  if (asNumber(answers?.n) >= LEARNER_CAPS.answers) return { status: 409, code: "answer_cap_reached", values: { limit: LEARNER_CAPS.answers } };
  return null;
}
