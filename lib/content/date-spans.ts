import { MONTH_PATTERN, addDays, isoDate, monthIndex } from "./dates";

// The runs of days a text gives one event ("scheduled for September 24-25", "from 21 to 22
// November 2015"): every day of such a run is a day of that event, so none of them is a
// wrong choice for another of its days. Pure.

const MONTH_FIRST = new RegExp(
  `\\b(${MONTH_PATTERN})\\s+(\\d{1,2})\\s*(?:-|–|to|through|until)\\s*(?:(${MONTH_PATTERN})\\s+)?(\\d{1,2})\\b(?:,?\\s+(\\d{4}))?`,
  "g",
);
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})\\s*(?:-|–|to)\\s*(\\d{1,2})\\s+(${MONTH_PATTERN})(?:,?\\s+(\\d{4}))?`, "g");

/** A run longer than this is a season ("from May 1 to June 30"), not one event's days. */
const MAX_DAYS = 14;

function yearFor(month: number, day: number, written: string | undefined, published: string): number {
  if (written) return Number(written);
  const year = Number(published.slice(0, 4));
  // A run later than the publication is the previous year's (a January release about December).
  const date = isoDate(year, month, day);
  return date && date > published ? year - 1 : year;
}

function run(from: string | null, to: string | null): string[] {
  if (!from || !to || to < from) return [];
  const days = [from];
  while (days[days.length - 1]! < to && days.length <= MAX_DAYS) days.push(addDays(days[days.length - 1]!, 1));
  return days.length > MAX_DAYS ? [] : days;
}

/** Every run of days the text writes, each as its ISO days in order. */
export function dateSpans(text: string, published: string): string[][] {
  const spans: string[][] = [];
  for (const match of text.matchAll(MONTH_FIRST)) {
    const month = monthIndex(match[1]!);
    const endMonth = match[3] ? monthIndex(match[3]) : month;
    const year = yearFor(month, Number(match[2]), match[5], published);
    spans.push(run(isoDate(year, month, Number(match[2])), isoDate(year, endMonth, Number(match[4]))));
  }
  for (const match of text.matchAll(DAY_FIRST)) {
    const month = monthIndex(match[3]!);
    const year = yearFor(month, Number(match[1]), match[4], published);
    spans.push(run(isoDate(year, month, Number(match[1])), isoDate(year, month, Number(match[2]))));
  }
  return spans.filter((span) => span.length > 1);
}

/** A gathering's kind ("summit", "forum"), as the text names it. */
const GATHERING = /\b(summit|conference|forum|session|congress|assembly|games|expo|exhibition)s?\b/i;

/**
 * The other days of the gathering `about` names, where a sentence of `texts` gives that kind
 * of gathering a run of days holding `day` ("the G20 summit scheduled for September 24-25",
 * asked of "On September 25, the Third Financial Summit … was held"): each was its day. A
 * visit's run ("a state visit from May 6 to 10") is no gathering's, and its days stay the
 * best wrong choices for each of its events.
 */
export function gatheringDays(about: string, texts: readonly string[], published: string, day: string): Set<string> {
  const kind = GATHERING.exec(about)?.[1]?.toLowerCase();
  if (!kind) return new Set();
  const spans = texts
    .filter((text) => GATHERING.exec(text)?.[1]?.toLowerCase() === kind && !/\b(?:visit|tour|trip|stay)\b/i.test(text))
    .flatMap((text) => dateSpans(text, published));
  return new Set(spans.filter((span) => span.includes(day)).flatMap((span) => span.filter((other) => other !== day)));
}
