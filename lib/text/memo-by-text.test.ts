import { describe, expect, it } from "vitest";
import { memoByText } from "./memo-by-text";

describe("memoByText", () => {
  it("computes each text once and gives the same answer as the function", () => {
    let calls = 0;
    const length = memoByText((text) => {
      calls++;
      return text.length;
    });
    expect([length("abc"), length("abc"), length("de")]).toEqual([3, 3, 2]);
    expect(calls).toBe(2);
  });

  it("stays bounded: a full cache is emptied, and answers stay right", () => {
    let calls = 0;
    const upper = memoByText((text) => {
      calls++;
      return text.toUpperCase();
    });
    for (let i = 0; i < 20_001; i++) upper(`t${i}`);
    expect(upper("t0")).toBe("T0");
    // "t0" was dropped when the cache filled, so it was computed again.
    expect(calls).toBe(20_002);
  });
});
