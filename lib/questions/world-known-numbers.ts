import type { Found } from "./number-choices";
import { escapeRegExp as escape } from "../text/escape-reg-exp";

// Numbers every reader knows without the visit: a first lesson, or the year's arithmetic
// once a prompt says when it was said. make-number.ts asks none of them.

const PARTY_ANNIVERSARY = /anniversary of the founding of the (?:Communist Party of China|CPC)\b/;
// "the ____ anniversary of the victory of the Great Patriotic War" (1945), "… of the founding
// of the United Nations": the year every reader knows, and a "(said in 2015)" does the sum.
const WAR_ANNIVERSARY =
  "\\s+anniversary\\s+of\\s+(?:the\\s+)?(?:(?:[\\p{L}'’]+\\s+)?(?:victory|end)\\b[^.;]{0,90}?(?:World War|WWII|WW2|Anti-Fascist War|Great Patriotic War|Against Japanese Aggression)|founding\\s+of\\s+the\\s+United\\s+Nations)";
// "the ____ anniversary of the founding of the People's Republic of China" (1949): the year's
// arithmetic, not the visit's.
const PRC_ANNIVERSARY = "\\s+(?:founding\\s+)?anniversary\\s+of\\s+the\\s+(?:founding\\s+of\\s+the\\s+)?(?:People['’‘]?s\\s+Republic\\s+of\\s+China|PRC)\\b";
// "since launching reform and opening up ____ years ago", "the past ____ years, thanks to the
// policy of reform and opening up" (1978): the year's arithmetic too.
const REFORM_YEARS = "\\s+years\\b";
const REFORM = /\breform\s+and\s+opening\b/i;
// "5,000 years of Chinese civilization": a stock phrase, not the visit's figure.
const CIVILIZATION_YEARS = "\\s+years\\s+of\\s+(?:(?:Chinese|China's)\\s+)?(?:civilization|civilisation|history)\\b";
const CRISES: [string, RegExp][] = [
  ["2008", /\b(?:global\s+|international\s+|world\s+)?financial\s+crisis\b/i],
  ["1997", /\bAsian\s+financial\s+crisis\b/i],
];
// "veterans of the ____ World War": there were two, and no choice but the answer was ever fought.
// "the ____ Industrial Revolution": the current one is the Fourth in every forum's phrase, and
// no choice after it has happened.
const NAMED_BY_ORDINAL = "\\s+(?:World\\s+War|Industrial\\s+Revolution)\\b";
// "the 20th National Congress of the CPC": which congress sat last is a first lesson, and the
// ones after it (the 21st, the 22nd) were never held, so the choices tell it.
const PARTY_CONGRESS =
  /\b(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+teenth|twentieth)\s+(?:CPC\s+|Party\s+)?(?:National\s+)?Congress\s+of\s+the\s+(?:Communist\s+Party|CPC)|\b\d{1,2}(?:st|nd|rd|th)\s+(?:CPC|Party)\s+(?:National\s+)?Congress\b/i;

function partyCongress(text: string, ordinal: string): boolean {
  const match = PARTY_CONGRESS.exec(text);
  return match !== null && match[0].toLowerCase().startsWith(ordinal.toLowerCase());
}

/** Years of reform and opening: the count within a few words of the policy, no other clause between ("over the past 15 years, adding that … reform and opening-up" is not). */
function reformYears(sentence: string, count: string): boolean {
  const years = new RegExp(`${escape(count)}${REFORM_YEARS}`, "i").exec(sentence);
  const reform = REFORM.exec(sentence);
  if (!years || !reform) return false;
  const [from, to] = years.index < reform.index ? [years.index + years[0].length, reform.index] : [reform.index + reform[0].length, years.index];
  const between = sentence.slice(from, to);
  return between.length <= 100 && !/\b(?:adding|said|and that|while)\b/i.test(between);
}

/** A number of the sentence that no question should blank for what the world already knows. */
export function worldKnown(sentence: string, number: Found): boolean {
  if (number.kind === "ordinal" && (PARTY_ANNIVERSARY.test(sentence) || partyCongress(sentence, number.text))) return true;
  if (number.kind === "ordinal" && new RegExp(`${escape(number.text)}${NAMED_BY_ORDINAL}`, "i").test(sentence)) return true;
  if (reformYears(sentence, number.text)) return true;
  // "hit by the financial crisis … since ____" (2008), "the Asian financial crisis of ____" (1997).
  if (number.kind === "year" && CRISES.some(([year, crisis]) => number.text === year && crisis.test(sentence))) return true;
  if (number.kind === "quantity" && new RegExp(`${escape(number.text)}${CIVILIZATION_YEARS}`, "i").test(sentence)) return true;
  return [PRC_ANNIVERSARY, WAR_ANNIVERSARY].some((anniversary) => new RegExp(`${escape(number.text)}${anniversary}`, "iu").test(sentence));
}
