// An office's branch: a legislature's, or a cabinet of secretaries. A parliament's speaker
// among a chief of army staff and an interior minister is the one host of a legislator's
// visit, and a Secretary of State among ministers is the one American office: the choices'
// branch tells the answer. Pure.

const BRANCHES: [string, RegExp][] = [
  ["legislature", /\b(?:Speaker|Parliament|Parliamentary|Senate|Assembly|Congress|Legislative|Legislature|Chamber|House|Duma|Majlis|Diet|Storting|Riksdag)\b/i],
  ["secretary", /^(?:Secretary\s+of\b|[\p{L}-]+\s+Secretary$)/u],
];

/** The branch an office belongs to, or null for an office of no branch these set apart. */
export function officeBranch(office: string): string | null {
  return BRANCHES.find(([, pattern]) => pattern.test(office))?.[0] ?? null;
}

/** The wrong offices, where one at least shares the answer's branch; else none at all. */
export function sameBranch(office: string, pool: string[]): string[] {
  const branch = officeBranch(office);
  return branch === null || pool.some((other) => officeBranch(other) === branch) ? pool : [];
}
