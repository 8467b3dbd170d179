import { ENGLISH_ORDINALS } from "../text/english-ordinals";
import { escapeRegExp as escape } from "../text/escape-reg-exp";

// Numbers a sentence gives away by what stands beside them: an ordinal in a pair or run
// ("second and third"), one counted from the events it follows, a year joined to another,
// a count of years of ties the document dates elsewhere, a span the sentence also says in
// words, a rank the words after it say ("next only to Japan").

const ORDINAL_WORD = `(?:${ENGLISH_ORDINALS.join("|")}|\\d{1,3}(?:st|nd|rd|th))`;

/** "second and third", "2nd and 3rd": the ordinal stands in a pair (or run) of ordinals. */
export function joinedOrdinal(text: string, ordinal: string): boolean {
  const at = escape(ordinal);
  return new RegExp(`\\b(?:${at}(?:,\\s+|\\s+(?:and|or|to)\\s+)${ORDINAL_WORD}|${ORDINAL_WORD}(?:,\\s+|\\s+(?:and|or|to)\\s+)${at})\\b`, "i").test(text);
}

/**
 * "the ____ theme year following the National Year and the Year of Language", "the ____ nation
 * … to forge ties with the People's Republic following the Soviet Union and Bulgaria": the
 * sentence counts what came before.
 */
export const countedBefore = (ordinal: string) =>
  new RegExp(
    `\\b${escape(ordinal)}\\s+(?:[\\p{L}’'-]+\\s+){0,14}?(?:following|after)\\s+(?:the\\s+)?(?:(?:previous|preceding|earlier|past)\\b|[^.,;]{3,80}?\\s+and\\s+(?:the\\s+)?\\p{L})`,
    "iu",
  );

/** "in ____ and 2011", "2010-2011": a year joined to another is its neighbour. */
export function joinedYear(text: string, year: string): boolean {
  const other = String.raw`(?:19|20)\d{2}`;
  const joint = String.raw`\s*(?:and|or|to|through|-|–)\s*`;
  return new RegExp(`\\b${year}${joint}${other}\\b|\\b${other}${joint}${year}\\b`).test(text);
}

/** A count of years of ties that is the event's year less the year the document says the ties began. */
export function yearsSinceTold(count: string, sentence: string, documentText: string, eventYear: string | undefined): boolean {
  const years = Number(count.replace(/,/g, ""));
  const span = new RegExp(`\\b(?:(?:past|last)\\s+${escape(count)}\\s+years|${escape(count)}\\s+years\\s+(?:ago|since|of))\\b`, "i");
  if (!eventYear || years < 5 || !span.test(sentence)) return false;
  return documentText
    .split("\n")
    .filter((told) => TIES_BEGAN.test(told))
    .some((told) => [...told.matchAll(/\b(?:19|20)\d{2}\b/g)].some((match) => Number(eventYear) - Number(match[0]) === years));
}

const TIES_BEGAN = /\b(?:diplomatic\s+(?:ties|relations)|(?:ties|relations)\s+(?:were\s+)?(?:forged|established))\b/i;

/** Spans of years said in words: a sentence with one gives its number away. */
const SPELLED_SPANS: [RegExp, number][] = [
  [/\bthree[- ]quarters of a century\b/i, 75],
  [/\bhalf a century\b/i, 50],
  [/\ba quarter of a century\b/i, 25],
  [/\ba (?:full )?century\b/i, 100],
  [/\bseven decades\b/i, 70],
  [/\bsix decades\b/i, 60],
  [/\bfive decades\b/i, 50],
  [/\bfour decades\b/i, 40],
  [/\bthree decades\b/i, 30],
  [/\btwo decades\b/i, 20],
];

/** "over three-quarters of a century" beside "the ____ anniversary": the sentence says the number in words. */
export function spelledSpan(sentence: string, value: number): boolean {
  return SPELLED_SPANS.some(([words, span]) => span === value && words.test(sentence));
}

/** "ranking the ____ in the world, next only to Japan": the words after the blank say it is the second. */
export function rankSaidBeside(cloze: string): boolean {
  return /____[^.;]{0,40}\b(?:next|second)\s+only\s+to\b|____[^.;]{0,40}\bbehind\s+only\b/i.test(cloze);
}
