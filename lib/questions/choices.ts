import { shuffled } from "../random";

// Up to three wrong choices of the same type, never the answer, never something that is
// also correct, never duplicates (compared case-insensitively). Sampling by random index
// keeps this O(1) per question however big the pool grows, instead of shuffling the pool.

const key = (text: string) => text.trim().toLowerCase();

const wordsOf = (text: string) =>
  key(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Every word of `short` stands in `long`, which is longer: a short form of the same name. */
function wordsWithin(short: string, long: string): boolean {
  const a = wordsOf(short);
  const b = new Set(wordsOf(long));
  return a.length > 0 && a.length < b.size && a.every((word) => b.has(word));
}

export function pickChoices(
  answer: string,
  pool: readonly string[],
  alsoCorrect: readonly string[],
  random: () => number,
  wanted = 3,
  reject: (candidate: string) => boolean = () => false,
): string[] {
  const banned = new Set([answer, ...alsoCorrect].map(key));
  const picked: string[] = [];
  const take = (candidate: string) => {
    if (banned.has(key(candidate))) return;
    // "Sharif" beside "Shehbaz Sharif": one person twice, and the answer wins by elimination.
    if (reject(candidate) || picked.some((other) => wordsWithin(candidate, other) || wordsWithin(other, candidate))) {
      banned.add(key(candidate));
      return;
    }
    banned.add(key(candidate));
    picked.push(candidate);
  };
  for (let tries = 0; tries < wanted * 8 && picked.length < wanted && pool.length > 0; tries++) {
    take(pool[Math.floor(random() * pool.length)]!);
  }
  // Small or crowded pools: a bounded linear pass from a random start finds what sampling missed.
  if (picked.length < wanted) {
    const offset = Math.floor(random() * Math.max(pool.length, 1));
    for (let i = 0; i < pool.length && picked.length < wanted; i++) take(pool[(offset + i) % pool.length]!);
  }
  return shuffled([answer, ...picked], random);
}
