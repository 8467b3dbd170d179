// Seeded randomness (mulberry32) for generated test inputs: a failing run can be
// repeated exactly from the seed it logs.
export type Random = {
  (): number;
  int(max: number): number;
  pick<T>(items: readonly T[]): T;
  string(length: number, alphabet?: string): string;
};

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (() => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }) as Random;
  next.int = (max) => Math.floor(next() * max);
  next.pick = (items) => items[next.int(items.length)]!;
  next.string = (length, alphabet = BASE64URL) => {
    const symbols = Array.from(alphabet); // code points, so no surrogate pair is split
    return Array.from({ length }, () => symbols[next.int(symbols.length)]).join("");
  };
  return next;
}

/** The seed from the environment variable, or the fixed default (deterministic runs). */
export function seedFrom(variable: string, fallback: number): number {
  const value = process.env[variable];
  return (value ? Number(value) : fallback) >>> 0;
}
