import subset from "../../content/glossary/cedict-subset.json";

// The part of a term a learner can read off without knowing the term: 政治 in 政治互信 is
// "political", 合作 in 务实合作 is "cooperation". A choice question whose answer is the only
// choice with that part is answered by it alone, so the wrong choices must share it (安全合作
// beside 务实合作), or the question is asked otherwise. Pure; the dictionary is the
// CC-CEDICT subset the app ships (every word inside a glossary entry's Chinese).

export type Cue = { zh: string; en: string };

const DICTIONARY: Record<string, { english: string[] }[]> = subset;
const MIN_WORD = 4;

const wordsOf = (text: string) => text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? [];

/** "politics" and "political", "cooperation" and "cooperate": one word for a learner. */
export function sameWord(a: string, b: string): boolean {
  if (a === b || a === `${b}s` || b === `${a}s`) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= 5 && common >= shorter - 2;
}

function glossWords(word: string): string[] {
  return (DICTIONARY[word] ?? []).flatMap((reading) => reading.english.flatMap(wordsOf)).filter((gloss) => gloss.length >= MIN_WORD);
}

/** Each word of two or more characters inside `zh` whose dictionary sense stands in `en`. */
export function cuesOf(zh: string, en: string): Cue[] {
  const chars = [...zh.replace(/[“”"]/g, "")];
  const english = wordsOf(en);
  const cues: Cue[] = [];
  for (let start = 0; start < chars.length; start++) {
    for (let end = start + 2; end <= chars.length; end++) {
      const word = chars.slice(start, end).join("");
      // The whole term is what is asked, not a cue to itself.
      if (word.length === chars.length) continue;
      const match = glossWords(word).find((gloss) => english.some((mine) => sameWord(gloss, mine)));
      if (match) cues.push({ zh: word, en: english.find((mine) => sameWord(match, mine))! });
    }
  }
  return cues;
}

/** Whether a choice shows a cue on the side the choices are written in. */
export function showsCue(choice: string, cue: Cue, side: "zh" | "en"): boolean {
  return side === "zh" ? choice.includes(cue.zh) : wordsOf(choice).some((word) => sameWord(word, cue.en));
}

/**
 * Wrong choices (in the order given) such that every cue the answer shows also stands in at
 * least one of them; null when some cue stands in none of the candidates.
 */
export function coverCues<T>(candidates: readonly T[], text: (candidate: T) => string, cues: readonly Cue[], side: "zh" | "en", count: number): T[] | null {
  const picked: T[] = [];
  for (const cue of cues) {
    if (picked.some((candidate) => showsCue(text(candidate), cue, side))) continue;
    const found = candidates.find((candidate) => !picked.includes(candidate) && showsCue(text(candidate), cue, side));
    if (!found) return null;
    picked.push(found);
  }
  if (picked.length > count) return null;
  for (const candidate of candidates) if (picked.length < count && !picked.includes(candidate)) picked.push(candidate);
  return picked;
}
