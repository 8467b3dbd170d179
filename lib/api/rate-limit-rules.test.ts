import { describe, expect, it } from "vitest";
import { RATE_LIMITS, retryAfterSeconds, takePoint } from "./rate-limit-rules";

const rule = { points: 3, windowMs: 60_000 };
const t0 = Date.parse("2026-12-01T10:00:00Z");

describe("takePoint", () => {
  it("opens a window on the first request and allows up to the limit", () => {
    let counter = null;
    for (let i = 1; i <= 3; i++) {
      const taken = takePoint(counter, rule, t0 + i);
      expect(taken.allowed).toBe(true);
      expect(taken.counter).toEqual({ points: i, expiresAt: t0 + 1 + 60_000 });
      counter = taken.counter;
    }
    const refused = takePoint(counter, rule, t0 + 10_001);
    expect(refused).toEqual({ allowed: false, counter: { points: 4, expiresAt: t0 + 60_001 }, retryAfterMs: 50_000 });
  });

  it("does not lengthen the window for refused requests, and starts over when it closes", () => {
    const full = { points: 10, expiresAt: t0 + 60_000 };
    const refused = takePoint(full, rule, t0 + 59_000);
    expect(refused.allowed).toBe(false);
    expect(refused.counter.expiresAt).toBe(t0 + 60_000);
    expect(takePoint(full, rule, t0 + 60_000)).toEqual({ allowed: true, counter: { points: 1, expiresAt: t0 + 120_000 } });
  });

  it("rounds Retry-After up to whole seconds, at least one", () => {
    expect(retryAfterSeconds(50_000)).toBe(50);
    expect(retryAfterSeconds(1_001)).toBe(2);
    expect(retryAfterSeconds(0)).toBe(1);
  });

  it("allows fewer code guesses than code creations from one address, and a few per learner", () => {
    expect(RATE_LIMITS.transferRedeemByAddress.points).toBeLessThanOrEqual(RATE_LIMITS.transferCreateByAddress.points);
    expect(RATE_LIMITS.transferCreateByLearner.points).toBeLessThan(RATE_LIMITS.transferCreateByAddress.points);
  });
});
