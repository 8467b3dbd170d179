import { describe, expect, it } from "vitest";
import { fnv1a, mulberry32, shuffled, stableHash } from "./random";

describe("fnv1a", () => {
  it("matches the reference FNV-1a 32-bit values", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });

  it("gives short stable ids", () => {
    expect(stableHash("same text")).toBe(stableHash("same text"));
    expect(stableHash("same text")).not.toBe(stableHash("other text"));
  });
});

describe("mulberry32", () => {
  it("repeats the same sequence for the same seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it("shuffles into a permutation, the same one for the same seed", () => {
    const items = ["a", "b", "c", "d", "e"];
    const once = shuffled(items, mulberry32(7));
    expect([...once].sort()).toEqual(items);
    expect(shuffled(items, mulberry32(7))).toEqual(once);
    expect(items).toEqual(["a", "b", "c", "d", "e"]);
  });
});
