import { describe, expect, it } from "vitest";
import { isLearnerId, learnerIdFromCookieHeader, newLearnerId } from "./learner-id";

const a = "A".repeat(43);
const b = "b".repeat(43);

describe("learnerIdFromCookieHeader", () => {
  it("reads the learner cookie among others", () => {
    expect(learnerIdFromCookieHeader(`theme=dark; learner=${a}; x=1`)).toBe(a);
  });

  it("keeps the first of duplicate learner cookies, whatever order they come in", () => {
    expect(learnerIdFromCookieHeader(`learner=${a}; learner=${b}`)).toBe(a);
    expect(learnerIdFromCookieHeader(`learner=${b};learner=${a}`)).toBe(b);
  });

  it("refuses a malformed first cookie rather than falling through to a later one", () => {
    expect(learnerIdFromCookieHeader(`learner=junk; learner=${a}`)).toBeNull();
  });

  it("is null without a header or a learner cookie, and ignores look-alike names", () => {
    expect(learnerIdFromCookieHeader(null)).toBeNull();
    expect(learnerIdFromCookieHeader("")).toBeNull();
    expect(learnerIdFromCookieHeader(`xlearner=${a}; learners=${a}`)).toBeNull();
  });

  it("makes ids it accepts", () => {
    expect(isLearnerId(newLearnerId())).toBe(true);
  });
});
