// Rate limits: how many points a key may take per window. Counted by rate-limiter-flexible
// in the shared database (lib/api/rate-limit.ts), so every server process, on one
// machine or several, counts against the same budget.

export type RateLimitRule = { points: number; windowSeconds: number };

export const RATE_LIMITS = {
  /** Codes made from one address: a household or classroom behind one router, not a script. */
  transferCreateByAddress: { points: 30, windowSeconds: 10 * 60 },
  /** Codes one learner makes: a few retries, each replacing the last. */
  transferCreateByLearner: { points: 5, windowSeconds: 10 * 60 },
  /** Codes tried from one address: 20 per 10 minutes make 40-bit codes unguessable. */
  transferRedeemByAddress: { points: 20, windowSeconds: 10 * 60 },
  /** Codes tried by one learner's browser. */
  transferRedeemByLearner: { points: 10, windowSeconds: 10 * 60 },
  /**
   * New learners from one address: a classroom of 40 starting at once, twice over, not a
   * script (which made 411 a second, 2 MB/s of database growth, before this limit).
   */
  learnerCreateByAddress: { points: 120, windowSeconds: 60 },
  /**
   * Writes other than answers (sessions, studied marks, imports, resets) from one address.
   * Answers are bounded per learner instead (LEARNER_CAPS), so the answer path takes no
   * extra write.
   */
  writeByAddress: { points: 600, windowSeconds: 60 },
} as const satisfies Record<string, RateLimitRule>;

export type RateLimitName = keyof typeof RATE_LIMITS;

/** Caps on what one learner may store: sessions started per UTC day, answers in all. */
export const LEARNER_CAPS = {
  sessionsPerDay: 200,
  answers: 50_000,
} as const;

/** Retry-After in whole seconds, at least 1. */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** The start of the UTC day `now` falls in: the window of the daily session cap. */
export function utcDayStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
