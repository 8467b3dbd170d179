import { CLAUSE_VERBS } from "../clauses";
import { glossaryEntry, glossaryTerms } from "../../glossary/shared-glossary";
import { type KeyPhrase, glossaryPhrases } from "../key-phrases";
import { mentionsWord } from "../giveaway";
import { fold } from "./position-index";
import type { EventContext } from "../event-context";
import { countriesIn } from "../parties";
import type { Position } from "../positions";

// What the words around a blank say of it: whether the blank is only part of a name, the
// head of the word after it, half of a set phrase, the missing member of a small sort the
// sentence lists, or bound to one answer by its neighbours. Pure.

/** A phrase's sort: the glossary's when it knows the phrase, else the phrase's head word. */
export function categoryOf(phrase: KeyPhrase): string {
  return glossaryEntry(phrase.text)?.category ?? phrase.category;
}

/** A partner no country pattern reads ("China and Europe are working for a ____"). */
const PARTNER_BLOCS = /\b(?:Europe|European Union|EU|ASEAN|Africa|African Union|Arab States|Latin America|CELAC|Pacific Island Countries)\b/;

/**
 * "… inject new strong vitality into our ____," Xi said: a partnership's level is the
 * partner's, and with no event to set the words in and no country in them, whose is not said.
 */
export function partnerUnsaid(position: Position, context: EventContext | null, phrase: KeyPhrase): boolean {
  if (context || categoryOf(phrase) !== "partnership") return false;
  const text = position.sentence.text.replace(/-/g, " ");
  return ![...countriesIn(text)].some((country) => country !== "China") && !PARTNER_BLOCS.test(text);
}

export const lastWord = (text: string) =>
  fold(text.replace(/\s*\([^)]*\)$/, ""))
    .split(/\s+/)
    .pop() ?? "";

const BEFORE_A_PHRASE = new Set(
  "the a an of in on to for with and or by as at from into its their his her our such including between among against through about than both all".split(" "),
);

/** A term that a word before it qualifies ("security capacity building"): only part of the name. */
export function insideCompound(text: string, phrase: KeyPhrase): boolean {
  const before = /([\p{L}-]+)[,]?\s+$/u.exec(text.slice(0, phrase.start));
  if (!before || /[,]\s+$/.test(text.slice(0, phrase.start))) return false;
  const word = before[1]!.toLowerCase();
  return !BEFORE_A_PHRASE.has(word) && !CLAUSE_VERBS.has(word) && !/(?:ed|ing)$/.test(word);
}

// Words that may follow a whole phrase; any other lower-case word after it is the head the
// phrase qualifies ("a free trade agreement").
const AFTER_A_PHRASE = new Set(
  "and or with between to in on of for at by as from into through among against is are was were be been will would shall should can could may must has have had that which who whose while when where so but than also including such".split(
    " ",
  ),
);

/** "a ____ agreement": the blank qualifies the word after it, and only the answer fits both. */
export function qualifiesNext(text: string, phrase: KeyPhrase): boolean {
  const after = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(phrase.start + phrase.text.length));
  // "… exchanges becoming closer", "the order based on …": a participle, not a head.
  return after !== null && !AFTER_A_PHRASE.has(after[1]!) && !/(?:ing|ed)$/.test(after[1]!);
}

/**
 * "cultural and ____" (people-to-people exchanges): an adjective joined to the blank shares
 * its head noun, so the blank is half of a set phrase and the half shown gives it away.
 */
export function sharedHead(text: string, phrase: KeyPhrase): boolean {
  return /\b[\p{L}-]+(?:al|ic|ive|ous|ary|ful|ing)\s+and\s+$/u.test(text.slice(0, phrase.start));
}

/** The noun joined to the blank by "and" ("exchanges and ____", "____ and coordination"), lower case. */
export function joinedNoun(text: string, phrase: KeyPhrase): string | null {
  const before = /([\p{L}-]+)\s+and\s+$/u.exec(text.slice(0, phrase.start))?.[1];
  const after = /^\s+and\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)/u.exec(text.slice(phrase.start + phrase.text.length))?.[1];
  return (before ?? after)?.toLowerCase() ?? null;
}

/** Sorts small enough to know by heart: the three global initiatives, the partnerships. */
const SMALL_SORT = 6;

/**
 * "the Global Development Initiative, the Global Security Initiative and the ____": when the
 * sentence names the rest of a small sort, the blank is its missing member, found without
 * the text.
 */
export function byElimination(text: string, phrase: KeyPhrase): boolean {
  const category = categoryOf(phrase);
  if (glossaryTerms(category).length > SMALL_SORT) return false;
  const others = glossaryPhrases(text).filter((other) => other.category === category && fold(other.text) !== fold(phrase.text));
  return others.length >= 2;
}

/**
 * A blank its neighbours bind to one answer: "the authorization of the ____" is the Security
 * Council, "within the framework of the ____" and "the joint construction of the ____" are the
 * Belt and Road (the Global … Initiatives are neither frameworks of cooperation nor built), and
 * "reject “____” on fighting terrorism" is double
 * standards (hegemonism "on" something reads as nonsense).
 */
export function boundPhrase(text: string, phrase: KeyPhrase): boolean {
  const category = categoryOf(phrase);
  const before = text.slice(0, phrase.start);
  const after = text.slice(phrase.start + phrase.text.length);
  // "the Forum on China - Africa Cooperation": a name the spaced hyphen cut; its part is no answer.
  if (/^\s*-\s*\p{Lu}/u.test(after) || /\p{Lu}[\p{L}.]*\s*-\s*$/u.test(before)) return true;
  if (category === "initiative" && /\bframework\s+of\s+(?:the\s+)?[“"]?$/i.test(before)) return true;
  // "jointly building the ____", "the joint construction of the ____", "co-build the ____".
  if (category === "initiative" && /\b(?:joint(?:ly)?|co-?)[\s-]*(?:build(?:ing)?|construct(?:ing|ion)?)\s+(?:of\s+)?(?:the\s+)?[“"]?$/i.test(before))
    return true;
  // "military actions should have the authorization of the ____": only the Security Council gives it.
  if (/\bauthori[sz]ation\s+(?:of|from|by)\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?$/i.test(before)) return true;
  return category === "opposed" && /^[”"]?\s+(?:on|in|over|regarding|towards?)\s+\p{L}/u.test(after);
}

/** "____ in the fields of …", "____ in areas such as …": the blank is a kind of cooperation or exchange. */
export function fieldsFollow(text: string, phrase: KeyPhrase): boolean {
  return /^\s+(?:in|on)\s+(?:the\s+)?(?:fields?|areas?|sectors?|such\s+(?:fields|areas))\b/.test(text.slice(phrase.start + phrase.text.length));
}

/**
 * "Premier Li welcomes OECD's role" over a blank for the OECD: the headline, and the Chinese
 * label written from it (会见经合组织秘书长) that a question's context line prints, name the
 * answer. Any of the name's forms (without its acronym, the acronym alone) counts.
 */
export function namedInHeadline(headline: string, phrase: KeyPhrase): boolean {
  const acronym = /^(.*?)\s*\((\p{Lu}{2,})\)$/u.exec(phrase.text);
  const forms = acronym ? [acronym[1]!, acronym[2]!] : [phrase.text.replace(/^the\s+/i, "")];
  return forms.some((form) => mentionsWord(headline, form));
}

/** Fields a list names side by side as one ("science and technology", "economy and trade"). */
const SET_PAIRS: [string, string][] = [
  ["science", "technology"],
  ["economy", "trade"],
  ["economic", "trade"],
];

/**
 * "education, ____, technology": a field beside the one it always goes with (science) is
 * named by its partner, not recalled.
 */
export function pairedField(text: string, phrase: KeyPhrase): boolean {
  const before = /([\p{L}-]+)(?:,\s+|\s+and\s+)$/u.exec(text.slice(0, phrase.start))?.[1]?.toLowerCase();
  const after = /^(?:,\s+|\s+and\s+)([\p{L}-]+)/u.exec(text.slice(phrase.start + phrase.text.length))?.[1]?.toLowerCase();
  const word = phrase.text.toLowerCase();
  return SET_PAIRS.some(([a, b]) => (word === a && (after === b || before === b)) || (word === b && (before === a || after === a)));
}

/**
 * "cooperation in fields including ____, connectivity and infrastructure", "agriculture,
 * trade, ____, counter-terrorism": one item of a list, where many another would be as right.
 * (", and ensure the safety …" after it ends the list, not continues it.)
 */
export function listedItem(text: string, phrase: KeyPhrase): boolean {
  const before = text.slice(0, phrase.start);
  const after = text.slice(phrase.start + phrase.text.length);
  const listed = /^(?:,\s+(?!and\b)|\s+and\s)/.test(after) || /,\s*(?:the\s+)?$/.test(before);
  // "mechanisms such as the United Nations, the ____ and the Organization of Islamic Cooperation".
  const inList = /\b(?:including|such as|like)\s+(?:the\s+)?(?:[^,.;]+,\s+(?:and\s+)?(?:the\s+)?)+$/i.test(before);
  return (
    listed &&
    (/\b(?:including|such as|like|fields? of|areas? of|sectors? of)\s+(?:the\s+)?$/i.test(before) || inList || (/,\s*$/.test(before) && /^,/.test(after)))
  );
}

/** "fields including", "areas such as", "cooperation in": what opens a list of fields. */
const FIELD_LEAD =
  "(?:(?:fields|areas|sectors|domains)(?:\\s+(?:such\\s+as|including|like|of|as))?|(?:cooperation|exchanges|collaboration)\\s+in(?:\\s+such)?(?:\\s+(?:fields|areas|sectors))?(?:\\s+(?:such\\s+as|including|like|as))?)\\s+";
/** The list's items before the blank: each of at most four lower-case words, then a comma or "and". */
const ITEMS_BEFORE = new RegExp(`\\b${FIELD_LEAD}(?!and\\b)(?:(?:[\\p{Ll}-]+\\s+){0,3}[\\p{Ll}-]+(?:,\\s+(?:and\\s+)?|\\s+and\\s+))+$`, "u");
const LEAD_BEFORE = new RegExp(`\\b${FIELD_LEAD}$`, "u");

/**
 * "strengthen cooperation in fields including agriculture, trade, finance, ____, counter-
 * terrorism", "cooperation in ____, mining and energy": one field of a list of fields (no
 * field of a list is blanked: see ask-phrase.ts).
 */
export function fieldItem(text: string, phrase: KeyPhrase): boolean {
  const before = text.slice(0, phrase.start);
  const after = text.slice(phrase.start + phrase.text.length);
  return ITEMS_BEFORE.test(before) || (LEAD_BEFORE.test(before) && /^(?:,|\s+and\s)/.test(after));
}
