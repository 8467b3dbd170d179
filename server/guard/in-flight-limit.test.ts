import { describe, expect, it } from "vitest";
import { InFlightLimit } from "./in-flight-limit";

describe("InFlightLimit", () => {
  it("admits up to its maximum, refuses the next, and admits again once one leaves", () => {
    const limit = new InFlightLimit(2);
    expect(limit.tryEnter()).toBe(true);
    expect(limit.tryEnter()).toBe(true);
    expect(limit.tryEnter()).toBe(false);
    expect(limit.current).toBe(2);
    limit.leave();
    expect(limit.tryEnter()).toBe(true);
  });

  it("never counts below zero, so a stray leave cannot raise the limit", () => {
    const limit = new InFlightLimit(1);
    limit.leave();
    expect(limit.current).toBe(0);
    expect(limit.tryEnter()).toBe(true);
    expect(limit.tryEnter()).toBe(false);
  });
});
