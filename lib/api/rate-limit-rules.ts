// Rate limits as pure rules over a counter: a fixed window per key, opened by the first
// request and closed `windowMs` later. The store (lib/api/rate-limit.ts) is the database,
// shared by every server process.

export type RateLimitRule = { points: number; windowMs: number };

export const RATE_LIMITS = {
  /** Codes made from one address: a household or classroom behind one router, not a script. */
  transferCreateByAddress: { points: 30, windowMs: 10 * 60_000 },
  /** Codes one learner makes: a few retries, each replacing the last. */
  transferCreateByLearner: { points: 5, windowMs: 10 * 60_000 },
  /** Codes tried from one address: 20 per 10 minutes make 40-bit codes unguessable. */
  transferRedeemByAddress: { points: 20, windowMs: 10 * 60_000 },
  /** Codes tried by one learner's browser. */
  transferRedeemByLearner: { points: 10, windowMs: 10 * 60_000 },
} as const satisfies Record<string, RateLimitRule>;

export type RateLimitName = keyof typeof RATE_LIMITS;

export type Counter = { points: number; expiresAt: number };

export type Taken = { allowed: true; counter: Counter } | { allowed: false; counter: Counter; retryAfterMs: number };

/**
 * One request against a counter (or none yet). An expired window starts over. A refused
 * request is counted too but never lengthens the window: the wait is to the window's end.
 */
export function takePoint(counter: Counter | null, rule: RateLimitRule, now: number): Taken {
  const current = counter && counter.expiresAt > now ? counter : { points: 0, expiresAt: now + rule.windowMs };
  const next = { points: current.points + 1, expiresAt: current.expiresAt };
  if (next.points <= rule.points) return { allowed: true, counter: next };
  return { allowed: false, counter: next, retryAfterMs: next.expiresAt - now };
}

/** Retry-After in whole seconds, at least 1. */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
