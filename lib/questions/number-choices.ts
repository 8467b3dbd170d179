import { ENGLISH_ORDINALS } from "../text/english-ordinals";
import { fnv1a } from "../random";
import { mentionsWord } from "./giveaway";

// The numbers of a sentence a question may blank, each with its wrong choices: neighbours of
// the same kind, as far apart and as round as a reader would weigh them (make-number.ts asks).

const ORDINAL = new RegExp(`(?<=\\bthe\\s)(${ENGLISH_ORDINALS.join("|")})(?=\\s+[\\p{L}])`, "giu");
const QUANTITY =
  /(?<![\p{L}\d,.-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?=\s*(?:[\p{Ll}-]+\s+)?(?:%|percent|per cent|companies|enterprises|firms|kilometers|kilometres|km|miles|meters|years|months|days|billion|million|thousand|tons|tonnes|people|countries|projects|agreements|documents|students|members|[-‐]?year)\b)/giu;
const NUMERIC_ORDINAL = /(?<![\p{L}\d])(\d{1,3})(?:st|nd|rd|th)(?=\s+\p{L})/gu;
const YEAR = /(?<=\b(?:in|since|by|until|before|after|of)\s)((?:19|20)\d{2})\b(?![,\s]+\d)/g;
export const DATE_NUMBER = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d/;

export type Found = { text: string; kind: "ordinal" | "quantity" | "year"; near: string[] };

function suffixed(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}

/**
 * Four wrong values a step apart, with the answer's rank among the five set by the text
 * (the lowest, the highest or between): choices built around the answer (95 among 85, 105
 * and 190) are found without knowing it. Three of the four are shown. Deterministic.
 */
function ladder(value: number, step: number, seed: string, min: number, max = Infinity, avoid: number[] = []): number[] {
  let rank = fnv1a(seed) % 5;
  while (rank > 0 && value - rank * step < min) rank--;
  while (rank < 4 && value + (4 - rank) * step > max) rank++;
  // Never below `min` nor above `max`: where no run of four fits between them ("the ____
  // anniversary of the Belt and Road" in 2023, at most the 10th), fewer choices are left.
  const run = (at: number) =>
    [0, 1, 2, 3, 4]
      .filter((i) => i !== at)
      .map((i) => value + (i - at) * step)
      .filter((n) => n >= min && n <= max);
  // "the ____ anniversary of the Treaty, as well as the 30th anniversary of the partnership":
  // a run through the 30th, which the sentence names and no choice may be, leaves a gap beside
  // the answer ("25th" among 35th and 40th). The nearest run that steps around it, if any.
  if (run(rank).some((n) => avoid.includes(n))) {
    const fits = (at: number) => value - at * step >= min && value + (4 - at) * step <= max && !run(at).some((n) => avoid.includes(n));
    const other = [1, 2, 3, 4].flatMap((d) => [rank - d, rank + d]).find((at) => at >= 0 && at <= 4 && fits(at));
    if (other !== undefined) return run(other);
  }
  return run(rank);
}

/** A year's neighbours: tens for a year ending in 0, fives for one ending in 5, else ones. */
function roundStep(year: number): number {
  return year % 10 === 0 ? 10 : year % 5 === 0 ? 5 : 1;
}

/**
 * Neighbours about a fifth of the value apart, in round steps (1, 2, 5, 10, 20 …), and as
 * round as the answer: "12 years" among 22, 42 and 52 is told by its size alone; among 10,
 * 14 and 16 it is recalled.
 */
function niceStep(value: number): number {
  const target = Math.max(1, value / 5);
  const power = 10 ** Math.floor(Math.log10(target));
  const step = [5, 2, 1].map((factor) => factor * power).find((candidate) => candidate <= target) ?? power;
  // A round answer among round neighbours: "20 years" among 18, 22 and 14 stands out.
  let round = 1;
  while (value > 0 && value % (round * 10) === 0) round *= 10;
  // "10 years ago" among 20, 30 and 40 (the one value of the ladder's floor) is told by
  // what a reader knows of the world: a lone power of ten has half-steps around it (5, 15).
  if (round > 1 && value === round) return Math.max(step, round / 2);
  // "47 years" among 32, 42 and 52: steps of five off a multiple of five alternate their last
  // digit, and the one odd digit is the answer; steps of ten keep it (27, 37, 57).
  if (step === 5 * power && value % step !== 0) return Math.max(10 * power, round);
  // "US$15 million" among 13, 17 and 19: the one multiple of five is the answer; steps of five keep it.
  if (value >= 10 && value % (5 * power) === 0 && value % (10 * power) !== 0 && step % (5 * power) !== 0) return Math.max(5 * power, round);
  return Math.max(step, round);
}

function ordinalNear(word: string, anniversary = false): string[] {
  const index = ENGLISH_ORDINALS.indexOf(word.toLowerCase());
  const capital = /^\p{Lu}/u.test(word);
  // "the tenth anniversary" among the eleventh, twelfth and thirteenth is the one round one:
  // an anniversary in fives is kept among fives (fifth, fifteenth, twentieth).
  const fives = anniversary && (index + 1) % 5 === 0;
  return ladder(index, fives ? 5 : 1, word, fives ? 4 : 0, ENGLISH_ORDINALS.length - 1)
    .filter((i) => i >= 0 && i < ENGLISH_ORDINALS.length)
    .map((i) => (capital ? ENGLISH_ORDINALS[i]![0]!.toUpperCase() + ENGLISH_ORDINALS[i]!.slice(1) : ENGLISH_ORDINALS[i]!));
}

function quantityNear(text: string): string[] {
  const value = Number(text.replace(/,/g, ""));
  // "the 2016 Year of Culture Exchange": a year among 1016 and 4032 is no choice at all.
  if (/^(?:19|20)\d{2}$/.test(text)) return ladder(value, roundStep(value), text, 1).map(String);
  const decimals = text.includes(".") ? text.split(".")[1]!.length : 0;
  // "increased to 106.8 billion dollars": the tenths of a large figure are rote, its size is
  // what is worth knowing, and that a blank of its digits cannot ask. So is a small one's:
  // "1.3 billion people" among 2.3, 4.3 and 5.3 is known by its size alone, and among 1.1,
  // 1.2 and 1.4 (or 2.83 among 2.85, 2.86 and 2.87) it tests a digit, not the visit.
  if (decimals > 0) return [];
  const step = niceStep(value);
  const format = (n: number) => (text.includes(",") ? n.toLocaleString("en-US") : n.toFixed(decimals));
  return ladder(value, step, text, step / 10 ** decimals > 0 ? Math.min(step, value) / 2 : 1)
    .filter((n) => n > 0 && n !== value)
    .map(format)
    .filter((near) => !text.includes(near)); // "200" would read as part of "1,200"
}

/**
 * The years a wrong choice may take: on the same side of the year of writing as the answer
 * ("trade in ____" written in 2008 among 2009 and 2011 is 2007 unread; "double trade by ____"
 * written in 2010 among 2000 and 2010 is a target still to come), and of every other year the
 * sentence names ("held in ____ and 2013": before 2013).
 */
function yearBounds(value: number, sentence: string, writing?: number): [number, number] {
  let min = 1;
  let max = Infinity;
  if (writing !== undefined) {
    if (value < writing) max = writing - 1;
    else if (value > writing) min = writing + 1;
    else max = writing;
  }
  for (const match of sentence.matchAll(/\b(?:19|20)\d{2}\b/g)) {
    const other = Number(match[0]);
    if (other < value) min = Math.max(min, other + 1);
    if (other > value) max = Math.min(max, other - 1);
  }
  return [min, max];
}

/**
 * `year`: the year of writing. Ties with the People's Republic are at most as old as it
 * (1949): "the 40th anniversary of diplomatic ties" among 70th and 80th in 2010 is known
 * without the text, and so is "41 years" among 61 and 71.
 */
/** "the ____ anniversary of Uruguay's joining in the Belt and Road Initiative", "… of building a closer China-ASEAN community with a shared future and the Belt and Road Initiative": no more years than since 2013. */
function beltAndRoadYears(after: string, year: number | undefined): number {
  return year !== undefined && /^\s+anniversary\s+of\b(?:(?!\b(?:ties|relations|as|to)\b)[^,;]){0,90}?\bBelt\s+and\s+Road\b/i.test(after)
    ? year - 2013
    : Infinity;
}

export function numbersIn(sentence: string, year?: number): Found[] {
  const found: Found[] = [];
  const ties = year !== undefined && /\bdiplomatic\s+(?:relations|ties)\b/i.test(sentence) ? year - 1949 : Infinity;
  for (const match of sentence.matchAll(ORDINAL)) {
    const after = sentence.slice(match.index + match[0].length);
    const anniversary = /^\s+anniversary/i.test(after);
    const cap = anniversary ? beltAndRoadYears(after, year) : Infinity;
    found.push({
      text: match[0],
      kind: "ordinal",
      near: ordinalNear(match[0], anniversary).filter((near) => ENGLISH_ORDINALS.indexOf(near.toLowerCase()) + 1 <= cap),
    });
  }
  for (const match of sentence.matchAll(NUMERIC_ORDINAL)) {
    const n = Number(match[1]);
    // Anniversaries are kept in fives and tens: a 48th beside the 50th is no choice at all.
    // A centenary among centenaries: "700th" among 660th, 680th and 690th is the only one celebrated.
    if (n % 5 === 0 && /^\s+anniversary/i.test(sentence.slice(match.index + match[0].length))) {
      const step = n >= 200 && n % 100 === 0 ? 100 : n >= 150 && n % 50 === 0 ? 50 : n % 10 === 0 ? 10 : 5;
      // A 100th anniversary in a sentence on ties is another's (the Party's): no cap then.
      const named = [...sentence.matchAll(/\b(\d+)(?:st|nd|rd|th)\b/g)].map((other) => Number(other[1])).filter((other) => other !== n);
      const cap = Math.min(n <= ties ? ties : Infinity, beltAndRoadYears(sentence.slice(match.index + match[0].length), year));
      found.push({ text: match[0], kind: "ordinal", near: ladder(n, step, match[0], step, cap, named).map(suffixed) });
      continue;
    }
    // Neighbours one apart: "30th and 40th" beside a "20th" Party Congress are rounds never held.
    found.push({ text: match[0], kind: "ordinal", near: ladder(n, 1, match[0], 1).map(suffixed) });
  }
  for (const match of sentence.matchAll(QUANTITY)) {
    // "the 76-year-old leader": a person's age is colour, not a fact of the visit.
    if (/^[-‐\s]*years?[-‐\s]+old\b/.test(sentence.slice(match.index + match[0].length))) continue;
    const value = Number(match[0].replace(/,/g, ""));
    const years = /^\s*years?\b/.test(sentence.slice(match.index + match[0].length)) && value <= ties;
    // "ties established 20 years ago" among 30, 40 and 50 is known from when the country came
    // to be (Turkmenistan in 1991): the years of ties are told in fives.
    const near = years && value % 10 === 0 ? ladder(value, 5, match[0], 5, ties).map(String) : quantityNear(match[0]);
    found.push({ text: match[0], kind: "quantity", near: near.filter((other) => !years || Number(other.replace(/,/g, "")) <= ties) });
  }
  for (const match of sentence.matchAll(YEAR)) {
    const value = Number(match[0]);
    const [min, max] = yearBounds(value, sentence, year);
    // "carbon neutrality by 2060": a round year among 2057, 2058 and 2061 is the only target
    // anyone sets; round years are kept among round years.
    // A year gone by is any year ("back in ____, President Xi called for …" among 1995, 2000
    // and 2005 is known from when he took office): its neighbours are a year apart.
    // "by ____" written in 2010 for 2020: tens would all lie after it (2030 … 2060), the
    // answer alone the near one; fives put a round year on either side (2015, 2025), and a
    // year of fives next year ("2025 as Visit Nepal Year", said in 2024) has years beside it.
    let step = year !== undefined && value < year ? 1 : roundStep(value);
    while (step > 1 && value - step < min) step = step === 10 ? 5 : 1;
    const near = ladder(value, step, match[0], min, max).filter((n) => n >= min && n <= max);
    found.push({ text: match[0], kind: "year", near: near.map(String) });
  }
  return found.filter((number, i) => found.findIndex((other) => other.text.toLowerCase() === number.text.toLowerCase()) === i);
}

const COUNTS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** "the ____ leg of Yang's four-nation tour": no leg past the fourth is a choice. */
export function withinTour(near: string[], sentence: string): string[] {
  const count = /\b(two|three|four|five|six|seven|eight|nine|ten)-(?:nation|country|state)\b/i.exec(sentence)?.[1];
  if (!count) return near;
  const legs = COUNTS.indexOf(count.toLowerCase()) + 2;
  return near.filter((other) => {
    const at = ENGLISH_ORDINALS.indexOf(other.toLowerCase());
    return at < 0 || at < legs;
  });
}

/**
 * Three ordinals that make a run of four with the answer: "13th" among 9th, 10th and 11th
 * (12th left out at random) is the odd one out of a run it should sit in. Of the two runs
 * the five of the ladder hold, the answer's hash picks one, so it is as often first or last
 * of the four as in the middle.
 */
export function ordinalRun(answer: string, near: string[], salt = ""): string[] {
  const rank = (text: string) => (/^\d/.test(text) ? Number.parseInt(text, 10) : ENGLISH_ORDINALS.indexOf(text.toLowerCase()) + 1);
  const all = [...near, answer].sort((a, b) => rank(a) - rank(b));
  const at = all.indexOf(answer);
  const starts = all
    .slice(0, Math.max(0, all.length - 3))
    .map((_, start) => start)
    .filter((start) => start <= at && at < start + 4);
  if (starts.length === 0) return near;
  // Where the answer stands in the run goes by its sentence too: by the answer alone, "fourth"
  // stood lowest in every question that asked it (the seed's examiner saw both ordinals lowest).
  const start = starts[fnv1a(`${answer}|${salt}`) % starts.length]!;
  return all.slice(start, start + 4).filter((other) => other !== answer);
}

/**
 * The three wrong values nearest the answer, none the sentence itself names: "12 agreements"
 * among 16, 18 and 20 (14 left out at random) stands apart from a run it should sit in.
 */
export function nearest(number: Found, sentence: string): string[] {
  const value = (text: string) => Number(text.replace(/,/g, ""));
  const left = number.near.filter((other) => !mentionsWord(sentence, other));
  return [...left].sort((a, b) => Math.abs(value(a) - value(number.text)) - Math.abs(value(b) - value(number.text))).slice(0, 3);
}
