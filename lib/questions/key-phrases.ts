import { countryOf } from "../content/gazetteer";
import type { MentionFinder } from "./mentions";
import { MONTHS } from "../content/dates";
import { SHARED_GLOSSARY, glossaryEntry } from "../glossary/shared-glossary";

// The distinctive phrases of a sentence, the ones worth blanking in a cloze: names of
// initiatives, organisations, projects and groups ("the Global Civilization Initiative",
// "the Baloch Liberation Army"), and standing terms of the shared glossary. Each has a
// category, so that wrong choices are of the same sort as the answer.

export type KeyPhrase = { text: string; start: number; category: string; kind: "name" | "term" };

const CONNECTORS = new Set(["of", "and", "for", "on", "the", "de"]);
const CLASS_OF_HEAD: Record<string, string> = {
  initiative: "initiative",
  initiatives: "initiative",
  strategy: "initiative",
  plan: "initiative",
  vision: "initiative",
  agenda: "initiative",
  corridor: "project",
  road: "project",
  railway: "project",
  project: "project",
  port: "project",
  zone: "project",
  park: "project",
  organization: "bloc",
  organisation: "bloc",
  nations: "agency",
  union: "bloc",
  council: "bloc",
  forum: "bloc",
  bank: "agency",
  association: "bloc",
  group: "bloc",
  community: "bloc",
  movement: "group",
  army: "group",
  taliban: "group",
  front: "group",
  brigade: "group",
  dialogue: "meeting",
  summit: "meeting",
  meeting: "meeting",
  conference: "meeting",
  consultation: "meeting",
  consultations: "meeting",
  policy: "principle",
  principle: "principle",
  principles: "principle",
  charter: "principle",
};
const NOT_PHRASE_START = new Set(["The", "A", "An", "This", "That", "These", "It", "He", "She", "They", "We", "Both", "On", "In", "At", "As", "For", "With"]);
const MONTH_WORDS = new Set(MONTHS.map((month) => month.toLowerCase()));

/** The word that says what a name is: the last one that is not a country ("Tehrik-i-Taliban Pakistan"). */
function headWord(words: string[]): string {
  const meaningful = words.filter((word) => !CONNECTORS.has(word) && !countryOf(word));
  return (meaningful[meaningful.length - 1] ?? words[words.length - 1]!).toLowerCase();
}

export function classOf(head: string): string | undefined {
  return (
    CLASS_OF_HEAD[head] ??
    head
      .split("-")
      .map((part) => CLASS_OF_HEAD[part])
      .find(Boolean)
  );
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Capitalised multi-word names in `text` ("Shanghai Cooperation Organization"), with the/of/and inside. */
export function namePhrases(text: string, find: MentionFinder): KeyPhrase[] {
  const words = [...text.matchAll(WORD)].map((match) => ({ word: match[0].replace(/[.’']+$/, ""), start: match.index }));
  const people = find(text);
  const phrases: KeyPhrase[] = [];
  let i = 0;
  while (i < words.length) {
    if (!/^\p{Lu}/u.test(words[i]!.word)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length) {
      const gap = text.slice(words[j]!.start + words[j]!.word.length, words[j + 1]!.start);
      if (!/^\s+$/.test(gap) && gap !== "-") break;
      const next = words[j + 1]!.word;
      if (/^\p{Lu}/u.test(next)) j++;
      // "the East Turkestan Islamic Movement and the Baloch Liberation Army" are two names.
      else if (next === "and" && CLASS_OF_HEAD[words[j]!.word.toLowerCase()]) break;
      else if (
        CONNECTORS.has(next) &&
        j + 2 < words.length &&
        /^\p{Lu}/u.test(words[j + 2]!.word) &&
        /^\s+$/.test(text.slice(words[j + 1]!.start + next.length, words[j + 2]!.start))
      )
        j += 2;
      else break;
    }
    const first = words[i]!;
    const last = words[j]!;
    const start = first.start;
    let end = last.start + last.word.length;
    // "the China-Pakistan Economic Corridor (CPEC)": the acronym belongs to the name.
    const acronym = /^\s*\(\p{Lu}{2,}\)/u.exec(text.slice(end));
    if (acronym) end += acronym[0].length;
    const phrase = text.slice(start, end);
    const count = j - i + 1;
    const head = headWord(words.slice(i, j + 1).map((word) => word.word));
    const atSentenceStart = start === 0 || /[.!?]["”]?\s+$/.test(text.slice(0, start));
    const isPerson = people.some((mention) => mention.start < end && mention.end > start);
    const onlyCountries = phrase.split(/[\s-]+/).every((word) => countryOf(word) || CONNECTORS.has(word) || /^\(/.test(word));
    const usable =
      count >= 2 && !isPerson && !onlyCountries && !MONTH_WORDS.has(head) && !(atSentenceStart && NOT_PHRASE_START.has(first.word)) && !/\bside$/i.test(phrase);
    if (usable) {
      const category = classOf(head) ?? (acronym ? "bloc" : `head:${head}`);
      phrases.push({ text: text.slice(start, end), start, category, kind: "name" });
    }
    i = j + 1;
  }
  return phrases;
}

// Sorts whose members are worth telling apart. Fields of cooperation ("trade") are not blanked
// (see ask-phrase.ts); stock formulas ("mutual respect") are not worth a question.
// Broad sorts ("economy": food security, high-quality development) mix things that fit
// different sentences, so only sorts whose members fit one another's places are blanked.
const BLANKABLE = new Set(["initiative", "bloc", "agency", "group", "principle", "opposed", "partnership", "project", "relations", "security", "global-order"]);
const TERM_PATTERN = new RegExp(
  `(?<![\\p{L}-])(?:${SHARED_GLOSSARY.filter((entry) => BLANKABLE.has(entry.category))
    .flatMap((entry) => entry.en)
    .filter((form) => form.length >= 4 && !/^[A-Z]{2,}$/.test(form))
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})(?![\\p{L}-])`,
  "giu",
);

/** Standing terms of the shared glossary in `text` ("the Cold War mentality", "poverty reduction"). */
export function glossaryPhrases(text: string): KeyPhrase[] {
  return [...text.matchAll(TERM_PATTERN)].map((match) => ({
    text: match[0],
    start: match.index,
    category: glossaryEntry(match[0])!.category,
    kind: "term" as const,
  }));
}
