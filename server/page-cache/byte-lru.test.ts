import { describe, expect, it } from "vitest";
import { ByteLru } from "./byte-lru";

describe("ByteLru", () => {
  it("evicts the least recently used entries once the byte budget is exceeded", () => {
    const cache = new ByteLru<string>(10);
    cache.set("a", "A", 4);
    cache.set("b", "B", 4);
    expect(cache.get("a")).toBe("A"); // a is now the most recent
    cache.set("c", "C", 4);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("A");
    expect(cache.get("c")).toBe("C");
    expect(cache.bytes).toBe(8);
  });

  it("never holds more than its budget, whatever is stored", () => {
    const cache = new ByteLru<number>(100);
    for (let i = 0; i < 1000; i++) {
      cache.set(`k${i}`, i, 1 + (i % 37));
      expect(cache.bytes).toBeLessThanOrEqual(100);
    }
    expect(cache.size).toBeGreaterThan(2);
  });

  it("replaces an entry under the same key without counting it twice", () => {
    const cache = new ByteLru<string>(10);
    cache.set("a", "old", 6);
    cache.set("a", "new", 5);
    expect(cache.get("a")).toBe("new");
    expect(cache.bytes).toBe(5);
    expect(cache.size).toBe(1);
  });

  it("does not keep an entry larger than the whole budget", () => {
    const cache = new ByteLru<string>(10);
    cache.set("small", "s", 3);
    cache.set("huge", "h", 11);
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.get("small")).toBe("s");
  });

  it("keeps a new entry out when admit refuses one of the entries it would evict", () => {
    const cache = new ByteLru<string>(10);
    cache.set("a", "A", 4);
    cache.set("b", "B", 4);
    const asked: string[] = [];
    expect(cache.set("c", "C", 7, (victim) => (asked.push(victim), victim === "a"))).toBe(false);
    expect(asked).toEqual(["a", "b"]);
    expect(cache.get("a")).toBe("A");
    expect(cache.get("b")).toBe("B");
    expect(cache.bytes).toBe(8);
    // Room enough without evicting: admit is not asked.
    expect(cache.set("d", "D", 2, () => false)).toBe(true);
    expect(cache.bytes).toBe(10);
  });

  it("evicts only as many entries as the new one needs when admit agrees", () => {
    const cache = new ByteLru<string>(10);
    cache.set("a", "A", 4);
    cache.set("b", "B", 4);
    expect(cache.set("c", "C", 5, () => true)).toBe(true);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("b")).toBe("B");
    expect(cache.bytes).toBe(9);
  });
});
