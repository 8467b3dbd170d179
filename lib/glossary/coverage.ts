import type { Section } from "../content/types";
import { findTerms } from "./find-terms";
import type { GlossaryEntry } from "./shared-glossary";

// The glossary's gaps in one document: every capitalised name in its text that no entry
// covers. Pure. Headlines are left out (title case capitalises every word; their names
// recur in the text); a capitalised word that opens a sentence and is found elsewhere in
// lower case ("The", "Noting") is an ordinary word, as are months, weekdays and a few sentence openers.

export type MissingName = { word: string; line: number; context: string };

const NOT_NAMES = new Set(
  (
    "I January February March April May June July August September October November December " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Photo DNA"
  ).split(" "),
);
/** Words that open a sentence ("When asked…", "Noting that…") without being names. */
const OPENERS = new Set("When While Noting After Before Although Though If Since As Despite Asked Speaking".split(" "));
const WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}’']*/gu;

export function missingNames(sections: readonly Section[], entries: readonly GlossaryEntry[]): MissingName[] {
  const paragraphs = sections.flatMap((section) => (section.caption ? [section.caption] : []).concat(section.paragraphs));
  const lowerWords = new Set(paragraphs.flatMap((paragraph) => paragraph.text.match(/(?<![\p{L}])\p{Ll}+/gu) ?? []));
  const missing: MissingName[] = [];
  for (const paragraph of paragraphs) {
    const covered = findTerms(paragraph.text, entries);
    for (const match of paragraph.text.matchAll(WORD)) {
      const word = match[0].replace(/[’']s?$/, "");
      if (NOT_NAMES.has(word) || /^[A-Z]$/.test(word)) continue;
      if (covered.some((term) => match.index >= term.start && match.index < term.end)) continue;
      if (opensSentence(paragraph.text, match.index) && (OPENERS.has(word) || lowerWords.has(word.toLowerCase()))) continue;
      missing.push({ word, line: paragraph.line, context: paragraph.text.slice(Math.max(0, match.index - 30), match.index + word.length + 30) });
    }
  }
  return missing;
}

function opensSentence(text: string, index: number): boolean {
  return /(?:^|[.!?:;]\s+|[“"(]\s*)$/u.test(text.slice(0, index));
}
