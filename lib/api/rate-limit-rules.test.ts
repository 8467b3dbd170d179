import { describe, expect, it } from "vitest";
import { LEARNER_CAPS, RATE_LIMITS, retryAfterSeconds, utcDayStart } from "./rate-limit-rules";

describe("rate limit rules", () => {
  it("rounds Retry-After up to whole seconds, at least one", () => {
    expect(retryAfterSeconds(50_000)).toBe(50);
    expect(retryAfterSeconds(1_001)).toBe(2);
    expect(retryAfterSeconds(0)).toBe(1);
  });

  it("allows fewer code guesses than code creations from one address, and a few per learner", () => {
    expect(RATE_LIMITS.transferRedeemByAddress.points).toBeLessThanOrEqual(RATE_LIMITS.transferCreateByAddress.points);
    expect(RATE_LIMITS.transferCreateByLearner.points).toBeLessThan(RATE_LIMITS.transferCreateByAddress.points);
  });

  it("lets a classroom behind one address start together, but not a script", () => {
    expect(RATE_LIMITS.learnerCreateByAddress.points).toBeGreaterThanOrEqual(40);
    expect(RATE_LIMITS.learnerCreateByAddress.points / RATE_LIMITS.learnerCreateByAddress.windowSeconds).toBeLessThan(411);
  });

  it("caps a learner's answers above the heaviest learner measured (15k answers)", () => {
    expect(LEARNER_CAPS.answers).toBeGreaterThan(15_000);
  });

  it("starts the daily window at UTC midnight", () => {
    expect(utcDayStart(new Date("2026-12-01T23:59:59.999Z")).toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(utcDayStart(new Date("2026-12-02T00:00:00.000Z")).toISOString()).toBe("2026-12-02T00:00:00.000Z");
  });
});
