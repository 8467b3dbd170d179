import { getStudySets } from "../content/study-sets";
import { getDocumentGlossary } from "./document-glossary";

// Which CC-CEDICT words the app needs (every substring of a label or of a glossary
// entry's Chinese that the dictionary has) and their shape in cedict-subset.json.

/** One reading of a word: CC-CEDICT's numbered pinyin ("zhong1 ba1") and its first senses. */
export type CedictWord = { pinyin: string; english: string[] };
type CedictResult = Record<string, Array<{ pinyin: string; english: string[] }>> | unknown[] | null;

const MAX_WORD = 8;
const DEFINITIONS = 4;

/** Every label of every document and the Chinese of every glossary entry, sorted. */
export function chineseTextsOf(): string[] {
  const texts = new Set<string>();
  for (const document of getStudySets()) {
    for (const section of document.sections) if (section.labelZh) texts.add(section.labelZh);
    for (const entry of getDocumentGlossary(document.slug)) texts.add(entry.zh);
  }
  return [...texts].sort();
}

/** The dictionary's entries for every Chinese substring of `texts` (up to 8 characters). */
export function cedictSubset(texts: readonly string[], lookup: (word: string) => CedictResult): Record<string, CedictWord[]> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
      const chars = [...run];
      for (let start = 0; start < chars.length; start++) {
        for (let end = start + 1; end <= Math.min(chars.length, start + MAX_WORD); end++) words.add(chars.slice(start, end).join(""));
      }
    }
  }
  const subset: Record<string, CedictWord[]> = {};
  for (const word of [...words].sort()) {
    const found = lookup(word);
    if (!found || Array.isArray(found)) continue;
    const readings = Object.entries(found)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([pinyin, senses]) => ({
        pinyin,
        english: senses
          .flatMap((sense) => sense.english)
          .filter((text) => !/^(?:variant of|old variant of|see |surname )/.test(text))
          .slice(0, DEFINITIONS),
      }))
      .filter((reading) => reading.english.length > 0);
    if (readings.length > 0) subset[word] = readings;
  }
  return subset;
}
