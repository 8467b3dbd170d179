import { countryOf } from "../content/gazetteer";
import type { ParsedDocument } from "../content/types";
import { findTerms } from "../glossary/find-terms";
import type { GlossaryEntry } from "../glossary/shared-glossary";

// Which of the glossary's entries a document's term questions ask, and where: each entry
// worth asking at its first mention in the text, never one met inside a longer name, and
// never a word a first year of Chinese teaches. Pure.

const ASKED_CATEGORIES = new Set([
  "initiative",
  "project",
  "partnership",
  "concept",
  "meeting",
  "title",
  "principle",
  "bloc",
  "agency",
  "group",
  "relations",
  "security",
  "opposed",
]);

/** Entries worth a question: every person, place and organisation, and the standing terms. */
function asked(entry: GlossaryEntry): boolean {
  if (entry.category === "abbreviation") return false;
  return entry.kind !== "term" || ASKED_CATEGORIES.has(entry.category);
}

export type Mention = { entry: GlossaryEntry; form: string; section: string; sentence: string; line: number };

/** Each asked entry at its first mention in the document's text (headlines left out). */
export function firstMentions(document: ParsedDocument, glossary: readonly GlossaryEntry[]): Mention[] {
  const seen = new Set<GlossaryEntry>();
  const mentions: Mention[] = [];
  for (const section of document.sections) {
    for (const paragraph of section.paragraphs) {
      for (const sentence of paragraph.text.split(/(?<=[.!?])\s+(?=[A-Z“])/)) {
        for (const match of findTerms(sentence, glossary)) {
          if (seen.has(match.entry) || !asked(match.entry)) continue;
          // "Secretary of State for Foreign, Commonwealth and Development Affairs": part of a
          // longer office, which the glossary's (the US one, 国务卿) is not.
          if (match.entry.category === "title" && /^\s+for\s+\p{Lu}/u.test(sentence.slice(match.end))) continue;
          // "China-Arab Data Security Cooperation Initiative": a lower-case term written in
          // capitals is a piece of a longer name, not the term.
          if (
            match.entry.kind === "term" &&
            /^\p{Ll}/u.test(match.entry.en[0]!) &&
            /^\p{Lu}/u.test(match.text) &&
            /\S\s*$/.test(sentence.slice(0, match.start)) &&
            /^\s+\p{Lu}/u.test(sentence.slice(match.end))
          )
            continue;
          seen.add(match.entry);
          mentions.push({ entry: match.entry, form: match.text, section: section.id, sentence, line: paragraph.line });
        }
      }
    }
  }
  return mentions;
}

/** Words read in a first year of Chinese ("cultural exchanges": 文化 + 交流), not terms of diplomacy. */
const BEGINNER_TERMS = new Set(["文化交流", "安全合作"]);

/**
 * A country's name (巴基斯坦, 沙特阿拉伯) is beginner vocabulary that every Chinese prompt
 * and label of the document prints, and its transliteration reads back to the English:
 * examiners judged two in five such questions trivial or a giveaway. Its capital and
 * its people stay asked.
 */
export function beginnerWord(entry: GlossaryEntry): boolean {
  return BEGINNER_TERMS.has(entry.zh) || (entry.kind === "place" && entry.en.some((name) => countryOf(name)?.zh === entry.zh));
}
