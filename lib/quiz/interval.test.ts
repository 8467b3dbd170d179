import { describe, expect, test } from "vitest";
import { intervalBetween } from "./interval";

describe("intervalBetween", () => {
  const at = new Date("2026-03-01T09:00:00Z");
  const plus = (ms: number) => new Date(at.getTime() + ms);

  test("one rounded unit: minutes, hours, days, months", () => {
    expect(intervalBetween(at, plus(60_000))).toEqual({ value: 1, unit: "minute" });
    expect(intervalBetween(at, plus(10 * 60_000))).toEqual({ value: 10, unit: "minute" });
    expect(intervalBetween(at, plus(3 * 3_600_000))).toEqual({ value: 3, unit: "hour" });
    expect(intervalBetween(at, plus(8 * 86_400_000))).toEqual({ value: 8, unit: "day" });
    expect(intervalBetween(at, plus(95 * 86_400_000))).toEqual({ value: 3, unit: "month" });
  });

  test("never less than a minute, even when due already", () => {
    expect(intervalBetween(at, plus(-5))).toEqual({ value: 1, unit: "minute" });
  });
});
