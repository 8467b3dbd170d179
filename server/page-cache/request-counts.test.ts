import { describe, expect, it } from "vitest";
import { ByteLru } from "./byte-lru";
import { RequestCounts } from "./request-counts";

describe("RequestCounts", () => {
  it("counts requests per key; a key outranks one asked for less than half as often", () => {
    const counts = new RequestCounts();
    for (const key of ["home", "home", "home", "page-7", "page-8", "page-8"]) counts.record(key);
    expect(counts.count("home")).toBe(3);
    expect(counts.outranks("home", "page-7")).toBe(true);
    expect(counts.outranks("home", "page-8")).toBe(false);
    expect(counts.outranks("page-7", "home")).toBe(false);
    expect(counts.outranks("page-7", "never-asked")).toBe(true);
  });

  it("halves every count each period and forgets the keys that reach zero", () => {
    const counts = new RequestCounts(8);
    for (let i = 0; i < 6; i++) counts.record("hot");
    counts.record("once");
    counts.record("twice");
    // The eighth request ended the period: 6 → 3, 1 → forgotten, 1 (twice so far) → forgotten.
    expect(counts.count("hot")).toBe(3);
    expect(counts.count("once")).toBe(0);
    expect(counts.keys).toBe(1);
  });

  it("keeps a crawl over more pages than fit from replacing the cached ones, while a page asked for often gets in", () => {
    const counts = new RequestCounts();
    const cache = new ByteLru<number>(10);
    const ask = (key: string) => {
      counts.record(key);
      if (cache.get(key) === undefined) cache.set(key, 0, 1, (victim) => counts.outranks(key, victim));
    };
    const pages = Array.from({ length: 50 }, (_, i) => `page-${i}`);
    for (let round = 0; round < 5; round++) pages.forEach(ask);
    // The first ten stayed: a crawl reads every page equally often.
    expect(pages.filter((page) => cache.get(page) !== undefined)).toEqual(pages.slice(0, 10));
    expect(cache.size).toBe(10);
    // Asked for more than twice as often as a cached page (five times each), it takes that page's place.
    for (let i = 0; i < 11; i++) ask("home");
    expect(cache.get("home")).toBe(0);
  });
});
