import { countryOf, countryOfCapital } from "../../content/gazetteer";
import { SHARED_GLOSSARY, glossaryEntry } from "../../glossary/shared-glossary";
import { FIRST_LESSONS } from "../term-choices";
import type { QuestionDraft } from "../draft";
import type { EventContext } from "../event-context";
import { type KeyPhrase, glossaryPhrases, namePhrases } from "../key-phrases";
import type { Position } from "../positions";
import { quotedSentence } from "../render";
import { OFFICE_HEADS } from "../title-words";
import { boundPhrase, byElimination, insideCompound, listedItem, namedInHeadline, partnerUnsaid, qualifiesNext, sharedHead } from "./blank-context";
import { cloze, contextEn, contextZh } from "./cloze-text";
import { type DocumentPositions, rarity, spelledAlike } from "./position-index";

// A position no choice question can ask fairly (no wrong choices of its sort exist) is
// asked typed: the learner recalls the name it commits to ("extend the ____ to
// Afghanistan"), and the app grades leniently, with "I was right" for another wording.
// Only names and named terms are blanked: a typed blank must be fixed by the sentence and
// what the learner read, and "deepen ____" could take a dozen phrases.

/** Glossary sorts whose members are names a reader recalls, not formulas a blank could take many of. */
// Not blocs: "the rotating chairperson of the ____" is the African Union unread, and "the
// ____ Council of Foreign Ministers" fits the SCO and BRICS alike.
const RECALLED_SORTS = new Set(["initiative", "agency", "group", "project", "principle", "partnership"]);
/** Below the choice questions: a typed recall is served after them. */
const RECALL_SCORE = 0.65;
const MAX_WORDS = 6;
const WORLD_BODIES =
  // "abiding by the UN charter" as printed, lower case and all.
  /^(?:the\s+)?(?:United Nations|UN [Cc]harter|Charter of the United Nations|World Trade Organization|World Health Organization|European Union|Group of 20|G20)\b|\bBelt and Road\b|\b(?:Communist Party of China|Chinese Communist Party)\b/;

/** "Regional Comprehensive Economic Partnership (RCEP)" without its bracketed acronym. */
const withoutAcronym = (text: string) => text.replace(/\s*\([^)]*\)$/, "");

function recallable(text: string, phrase: KeyPhrase, index: DocumentPositions): boolean {
  if (phrase.kind === "term" && !RECALLED_SORTS.has(phrase.category)) return false;
  // A name is recalled when its last word says what it is (an initiative, a corridor, a
  // movement): "Hong Kong and Taiwan", "the Middle East" or "San Francisco" are places, a
  // pair of countries or a person, each guessed or read elsewhere rather than recalled.
  if (phrase.kind === "name" && (phrase.category.startsWith("head:") || !index.names.some((name) => name.text === phrase.text))) return false;
  // "attend the SCO ____": which meeting a sentence names is read off its neighbours.
  if (phrase.category === "meeting") return false;
  const bare = withoutAcronym(phrase.text);
  // "the United Arab Emirates (UAE)", "Port of Spain": a country or a capital, not a name committed to.
  if (countryOf(bare) || countryOfCapital(bare)) return false;
  const after = text.slice(phrase.start + phrase.text.length);
  // "the ____ General Assembly", "the Common Market ____ of the South": part of a longer name.
  if (/^(?:\s+\([^)]*\))?\s+(?:of\s+(?:the\s+)?)?\p{Lu}/u.test(after)) return false;
  // "Bahrain's Economic Vision ____ 2030": a year or number after it belongs to the name; a
  // possessive inside it leaves unclear where the name starts.
  if (/^\s+\d/.test(after) || /['’]s\s/.test(phrase.text)) return false;
  // "the 1.5 ____": a number before it belongs to the name.
  if (/\d\s*$/.test(text.slice(0, phrase.start))) return false;
  // "cooperation in fields including ____, connectivity and infrastructure": an item of an open
  // list is one of many a learner could rightly type.
  if (listedItem(text, phrase)) return false;
  // "a member of the ____ of the CPC Central Committee": an office's wording, not a position.
  if (/\b(?:member|members|secretary|chairman|head|director)\s+of\s+(?:the\s+)?$/i.test(text.slice(0, phrase.start))) return false;
  const words = bare.split(/\s+/);
  if (words.length > MAX_WORDS) return false;
  // "Spain adheres to the ____", "norms provided by the ____ for trade conflicts", "jointly
  // build the ____": the one-China principle, the world's best-known bodies, the Belt and
  // Road and "the 20th National Congress of the ____" (the Party) fill their blanks unread.
  const entry = glossaryEntry(bare);
  if (/one-China/i.test(phrase.text) || (entry && FIRST_LESSONS.has(entry.zh)) || WORLD_BODIES.test(phrase.text)) return false;
  // "Foreign Minister", "State Councilor": an office, not a thing committed to.
  if (words.some((word) => OFFICE_HEADS.has(word.toLowerCase()))) return false;
  // "the Six-Party Talks and ASEAN Regional Forum": two names in one blank, typed in either
  // order or either alone, which no key holds.
  if (!entry && /^\p{Lu}\S*\s+\S+.*\sand\s+(?:the\s+)?\p{Lu}\S*\s+\S+/u.test(bare)) return false;
  // A name the sentence repeats is read off the other mention.
  if (text.split(phrase.text).length > 2) return false;
  // "along with the ____, the Global Security Initiative and the Global Civilization Initiative":
  // the missing member of a small sort the sentence lists is typed unread.
  return (
    !insideCompound(text, phrase) && !sharedHead(text, phrase) && !qualifiesNext(text, phrase) && !boundPhrase(text, phrase) && !byElimination(text, phrase)
  );
}

/** The last word of a name that bodies, groups and projects known by their initials end in. */
const ORGANISATION_HEAD =
  /\b(?:Army|Front|Movement|Party|Organi[sz]ation|Corridor|Bank|Council|Agency|Fund|Union|Alliance|Association|Community|Forum|Group|Commission|Committee|Conference|Assembly|Force|Bureau|Institute|Authority|Zone|Area|Railway|Program(?:me)?|Initiative)$/;

/**
 * The forms a learner may type: without the acronym, the acronym alone (the text's, or the
 * initials of a name of three words or more: "BLA"), without a leading nationality ("Afghan
 * Taliban" → "Taliban"), the glossary's spellings and its Chinese.
 */
export function acceptedForms(phrase: string): string[] {
  const acronym = /^(.*?)\s*\((\p{Lu}{2,})\)$/u.exec(phrase);
  const bare = acronym ? acronym[1]! : phrase;
  const words = bare.split(/\s+/);
  // "China-Pakistan Economic Corridor" → CPEC: each part of a hyphenated word gives its letter.
  const parts = bare.split(/[\s-]+/);
  // An acronym among the words stays whole: "UN Security Council" → UNSC, not USC.
  // An acronym inside ("China-CELAC Forum") makes none anyone uses.
  // Only a body or an initiative goes by its initials ("BLA", "CPEC", "GDI"), and by no more
  // than four: "Big Four Agenda" is no "BFA" anyone writes, nor a six-word initiative a "CADSCI".
  const initials =
    parts.length >= 3 && parts.length <= 4 && ORGANISATION_HEAD.test(bare) && parts.every((word) => /^\p{Lu}/u.test(word) && !/^\p{Lu}{3,}$/u.test(word))
      ? [parts.map((word) => (/^\p{Lu}+$/u.test(word) ? word : word[0])).join("")]
      : [];
  const national = words.length >= 2 && countryOf(words[0]!) ? [words.slice(1).join(" ")] : [];
  // "Bangladesh-China-India-Myanmar Economic Corridor" is the "BCIM Economic Corridor": a
  // run of hyphenated countries goes by its initials, the rest spelt out.
  const countriesRun = words[0]!.split("-");
  const run =
    words.length >= 2 && countriesRun.length >= 3 && countriesRun.every((part) => countryOf(part))
      ? [[countriesRun.map((part) => part[0]).join(""), ...words.slice(1)].join(" ")]
      : [];
  // "UN Security Council" is the "United Nations Security Council" too, and the other way round.
  const un = /\bUN\b/.test(bare)
    ? [bare.replace(/\bUN\b/, "United Nations")]
    : /\bUnited Nations\b/.test(bare)
      ? [bare.replace(/\bUnited Nations\b/, "UN")]
      : [];
  // "World War Two" is "World War II" and "World War 2" too (and the "Second World War").
  const numeral = numeralForms(bare);
  // The glossary's official Chinese (全球发展倡议): as right as the English, typed in a Chinese quiz.
  // A name the text misspells ("Asia Infrastructure Investment Bank") is right as officially spelt.
  const entry = glossaryEntry(bare) ?? SHARED_GLOSSARY.find((candidate) => candidate.en.some((form) => form.length >= 12 && spelledAlike(form, bare)));
  return [
    phrase,
    bare,
    ...(acronym ? [acronym[2]!] : initials),
    ...national,
    ...run,
    ...un,
    ...numeral,
    ...(entry ? [...entry.en, entry.zh, ...(entry.zhAlso ?? [])] : []),
  ];
}

const NUMERALS = [
  ["One", "I", "1", "First"],
  ["Two", "II", "2", "Second"],
  ["Three", "III", "3", "Third"],
];

/** A name ending in a number, in each way of writing it: word, Roman numeral, digit. */
function numeralForms(name: string): string[] {
  const tail = /^(.+)\s(\S+)$/.exec(name);
  const forms = tail && NUMERALS.find((row) => row.slice(0, 3).includes(tail[2]!));
  if (!tail || !forms) return [];
  return [...forms.slice(0, 3).map((form) => `${tail[1]} ${form}`), ...(/^World War$/.test(tail[1]!) ? [`${forms[3]} World War`] : [])];
}

export function recallQuestion(position: Position, index: DocumentPositions, section: string, context: EventContext | null): QuestionDraft | null {
  const text = position.sentence.text;
  const candidates = [...namePhrases(text, () => []), ...glossaryPhrases(text)]
    .filter((phrase) => phrase.start >= position.contentStart && recallable(text, phrase, index) && !namedInHeadline(index.headlineOf(section), phrase))
    .sort((a, b) => (b.kind === "name" ? 1 : 0) - (a.kind === "name" ? 1 : 0) || rarity(b.text, index) - rarity(a.text, index) || a.start - b.start);
  const best = candidates[0];
  if (!best || partnerUnsaid(position, context, best)) return null;
  const shown = quotedSentence(cloze(position, best.start, best.text.length));
  const what = best.kind === "name" ? { en: "name", zh: "名称" } : { en: "term", zh: "术语" };
  return {
    section,
    kind: "agreement",
    prompt: { en: `Type the missing ${what.en}${contextEn(context)}: ${shown}`, zh: `请写出空缺的${what.zh}${contextZh(context)}：${shown}` },
    answer: best.text,
    accept: [...new Set(acceptedForms(best.text))],
    source: text,
    sourceLine: position.sentence.line,
    pool: [],
    alsoCorrect: [],
    score: RECALL_SCORE,
    typedAlone: true,
  };
}
