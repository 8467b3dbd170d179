// A pure function of one string, remembered: the question makers compare every clause of a
// document with every other (wrong choices against what each party said), so the same
// clause is split into words thousands of times in a long document. The cache is bounded
// (emptied when full) so a long-running process never grows without limit; results are
// the same with or without it.

const LIMIT = 20_000;

export function memoByText<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    if (cache.size >= LIMIT) cache.clear();
    const value = compute(text);
    cache.set(text, value);
    return value;
  };
}
