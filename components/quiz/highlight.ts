// Pure, so the highlight is unit-tested without a DOM.

/** Splits `source` around the first case-insensitive occurrence of one of `needles`. */
export function highlight(source: string, needles: string[]): [string, string, string] | null {
  const lower = source.toLowerCase();
  for (const needle of needles) {
    const trimmed = needle.trim();
    if (!trimmed) continue;
    const at = lower.indexOf(trimmed.toLowerCase());
    if (at !== -1) return [source.slice(0, at), source.slice(at, at + trimmed.length), source.slice(at + trimmed.length)];
  }
  return null;
}
