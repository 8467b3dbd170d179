import { MONTH_PATTERN, WEEKDAYS, addDays, isoDate, latestWeekdayOnOrBefore, monthIndex } from "./dates";
import { countryOfCapital } from "./gazetteer";

// When did the section's event happen? Only what the text itself says counts:
// an explicit date in the lead, a dateline, or a weekday resolved against a date
// the text gives. The publication date is a reference for weekdays, never an answer.

// "from May 10 to 12, 2023": a span; its first day dates the section, but no event in it.
const RANGE = new RegExp(`\\b(${MONTH_PATTERN})\\s+(\\d{1,2})\\s*(?:to|-|–)\\s*(?:${MONTH_PATTERN}\\s+)?\\d{1,2},?\\s+(\\d{4})\\b`);
// "from 25 to 26 August 2008": a joint statement's span, the day first.
const RANGE_DAY_FIRST = new RegExp(`\\b(\\d{1,2})\\s*(?:to|-|–)\\s*\\d{1,2}\\s+(${MONTH_PATTERN}),?\\s+(\\d{4})\\b`);
// "On November12, 2014": a release's missing space still dates its event.
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_PATTERN})\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`);
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_PATTERN})\\s+(\\d{4})\\b`);
// "BERLIN, May 9 (Xinhua) --", "PERTH, Australia, June 18 (Xinhua) --", "MINSK, Aug. 22 --".
// "BISHKEK, Nov. 2 (Xinhua) - …": a single hyphen between spaces too.
const DATELINE = new RegExp(`^([A-Z][A-Z .'’-]+),\\s+(?:[A-Z][\\p{L} .'’-]+,\\s+)?(${MONTH_PATTERN})\\s+(\\d{1,2})\\b[^-–—]*?(?:--|–|—|\\s-\\s)`, "u");
// "On March 5, Wang Yi …": month and day only, at the start of a sentence or after "on".
// "In the afternoon of May 4 local time": the MFA's "in the … of" as well as "on".
const MONTH_DAY = new RegExp(`(?:^|\\bon\\s+(?:the\\s+\\w+\\s+of\\s+)?|\\bin\\s+the\\s+(?:morning|afternoon|evening)\\s+of\\s+)(${MONTH_PATTERN})\\s+(\\d{1,2})\\b(?!,?\\s+\\d{4})`, "i");
const MONTH_DAYS = new RegExp(MONTH_DAY.source, "gi");
const DAY_MONTH = new RegExp(`(?:^|\\bon\\s+)(\\d{1,2})\\s+(${MONTH_PATTERN})\\b(?!,?\\s+\\d{4})`, "i");
// "on Tuesday", and Xinhua's bare "said here Monday".
const WEEKDAY = new RegExp(`\\b(?:(?:on|last|this|next)\\s+)?(${WEEKDAYS.join("|")})\\b`);

/** An explicit day, month and year anywhere in `text`, as YYYY-MM-DD. */
export function explicitDate(text: string): string | null {
  const range = RANGE.exec(text);
  if (range) return isoDate(Number(range[3]), monthIndex(range[1]!), Number(range[2]));
  const dayFirst = RANGE_DAY_FIRST.exec(text);
  if (dayFirst) return isoDate(Number(dayFirst[3]), monthIndex(dayFirst[2]!), Number(dayFirst[1]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return isoDate(Number(mdy[3]), monthIndex(mdy[1]!), Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return isoDate(Number(dmy[3]), monthIndex(dmy[2]!), Number(dmy[1]));
  return null;
}

// "On November 22 and 23, 2025": two days named together are a span as well.
const TWO_DAYS = new RegExp(`\\b(?:${MONTH_PATTERN})\\s+\\d{1,2}\\s+and\\s+\\d{1,2}\\b(?![:.]\\d)|\\b\\d{1,2}\\s+and\\s+\\d{1,2}\\s+(?:${MONTH_PATTERN})\\b`);

// "paid an official goodwill visit from Thursday to Saturday", "from Monday through Wednesday".
const WEEKDAY_SPAN = new RegExp(`\\bfrom\\s+(?:${WEEKDAYS.join("|")})\\s+(?:to|through|till|until)\\s+(?:${WEEKDAYS.join("|")})\\b`);

/** The lead dates its section by a span ("from May 10 to 12, 2023"), not by one day. */
export function datedBySpan(lead: string[]): boolean {
  for (const text of lead) {
    if (RANGE.test(text) || RANGE_DAY_FIRST.test(text) || TWO_DAYS.test(text)) return true;
    // A caption's "meets … in Seoul, May 26, 2024" dates its event, whatever span it goes on to name.
    if (explicitDate(text)) return false;
    if (WEEKDAY_SPAN.test(text)) return true;
  }
  return false;
}

/** "On March 5" with no year: the publication's year (the previous one if that would be after it). */
export function monthDayDate(text: string, published: string): string | null {
  // "The talks … will start on January 19": a day still to come dates no event of the report.
  // "… Obama said in a statement on the summit on September 8", after the lead's first
  // sentence: the day of a telling beforehand, not of the event the lead reports.
  const match = [...text.matchAll(MONTH_DAYS)].find((found) => {
    const before = text.slice(0, found.index);
    return !FUTURE.test(before) && !(REPORTING.test(before) && /[.!?]["”]?\s/.test(before));
  });
  if (match) return inPublicationYear(monthIndex(match[1]!), Number(match[2]), published);
  // "On 3 November, President Xi …": the day first, as joint statements write it.
  const dayFirst = DAY_MONTH.exec(text);
  return dayFirst ? inPublicationYear(monthIndex(dayFirst[2]!), Number(dayFirst[1]), published) : null;
}

function inPublicationYear(month: number, day: number, published: string): string | null {
  const year = Number(published.slice(0, 4));
  const date = isoDate(year, month, day);
  // A date later than the publication belongs to the previous year (a January release about December).
  return date && date > published ? isoDate(year - 1, month, day) : date;
}

/**
 * The dateline that opens a report ("BERLIN, May 9 (Xinhua) -- ", a wire's "BEIJING, Nov. 15,
 * 2022 /PRNewswire/ —" or "…, January 31, 2012/African Press Organization (APO)/ —"), with the
 * space after it: cut before reading what was said.
 */
export const DATELINE_PREFIX =
  /^(?:[A-Z][A-Z .'’-]+,\s+(?:[A-Z][\p{L} .'’-]+,\s+)?[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?(?:\s+\([^)]*\)|\s*\/[^/]{1,60}\/)?\s*(?:-{2,3}|–|—|-(?=\s))\s*|[A-Z]{3,}(?:\s+[A-Z]{2,})*(?:,\s+\p{Lu}[\p{L} ]+?)?\s+(?:--|–|—|-)\s+)/u;

/** A dateline alone on its line ("BEIJING, China, January 11, 2017/APO/ --"): the report is the paragraph after it. */
export const BARE_DATELINE = /^[A-Z][A-Z .'’-]+,\s[^.]{0,80}?(?:--|–|—)\s*$/u;

/** China Daily's dateline without a date: "WARSAW - Visiting Chinese Premier …". */
// "WARSAW - …", "SAN JOSE: …", "ST. PETERSBURG - …" (China Daily).
// "NADI, Fiji -- …": with its country after it.
const PLACE_DATELINE = /^((?:ST\.\s+)?[A-Z]{3,}(?:\s+[A-Z]{2,})*)(?:,\s+\p{Lu}[\p{L} ]+?)?(?:\s+(?:--|–|—|-)|:)\s+(?=\p{Lu})/u;

// "Ottawa - Day-long meetings …": the same in title case, taken only for a capital city (a
// sentence may well open "China - …").
const CAPITAL_DATELINE = /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s+(?:--|–|—|-)\s+(?=\p{Lu})/u;

/** The place of a dateline that gives no date ("WARSAW - …"), or null. */
export function placeDateline(text: string): string | null {
  const match = PLACE_DATELINE.exec(text);
  if (match) return titleCase(match[1]!);
  const capital = CAPITAL_DATELINE.exec(text)?.[1];
  return capital && countryOfCapital(capital) ? capital : null;
}

export type Dateline = { place: string; date: string | null };

/** A news-agency dateline such as `BERLIN, May 9 (Xinhua) --`, year taken from `published`. */
export function parseDateline(text: string, published: string): Dateline | null {
  const match = DATELINE.exec(text);
  if (!match) return null;
  return { place: titleCase(match[1]!.trim()), date: inPublicationYear(monthIndex(match[2]!), Number(match[3]), published) };
}

/**
 * "on Saturday" → the latest Saturday on or before the reference date; with `after` (the
 * previous release's date, when the section has no dateline of its own), the first one
 * on or after it, since a compilation runs in order.
 */
export function resolveWeekday(text: string, reference: string, after: string | null = null): string | null {
  const match = WEEKDAY.exec(text);
  if (!match) return null;
  const weekday = WEEKDAYS.indexOf(match[1] as (typeof WEEKDAYS)[number]);
  if (after) {
    const next = addDays(latestWeekdayOnOrBefore(addDays(after, 6), weekday), 0);
    if (next <= reference) return next;
  }
  return latestWeekdayOnOrBefore(reference, weekday);
}

/**
 * The section's event date. `lead` is the first paragraph, then the caption, where releases
 * state when and where; `body` is the whole section, searched only for a weekday.
 */
export function eventDate(lead: string[], body: string[], published: string, previous: string | null = null): string | null {
  // The report's own paragraph first; a caption's date ("… June 6, 2024") may be another
  // day's photo than the report's "on Tuesday", so it counts only when nothing else dates it.
  // A weekday is read back from the caption's date (a photo is published on or after its day).
  const [report = "", ...captions] = lead;
  // "ANKARA, Oct. 9, 2010 (Xinhua) -- … announced on Friday": the dateline's full date is the filing's.
  const own = explicitDate(report.replace(DATELINE_PREFIX, ""));
  if (own) return own;
  const captionDate = captions.map((text) => explicitDate(text) ?? monthDayDate(text, published)).find((date) => date !== null) ?? null;
  return datedByText([report], body, published, previous, lead, captionDate);
}

/**
 * Whether eventDate read the section's day back from the publication date: neither the
 * report nor a dateline nor a caption dates it, only a weekday does. Such a day may be a
 * week late in a compilation published after the visit (see inOrder).
 */
export function readBackFromPublication(lead: string[], body: string[], published: string): boolean {
  const [report = "", ...captions] = lead;
  if (explicitDate(report.replace(DATELINE_PREFIX, "")) || monthDayDate(report, published)) return false;
  if (lead.some((text) => parseDateline(text, published) !== null)) return false;
  if (captions.some((text) => (explicitDate(text) ?? monthDayDate(text, published)) !== null)) return false;
  return eventWeekday(body) !== null;
}

function datedByText(lead: string[], body: string[], published: string, previous: string | null, all: string[], captionDate: string | null): string | null {
  const dateline = all.map((text) => parseDateline(text, published)).find((found) => found !== null);
  if (!dateline) {
    for (const text of lead) {
      const date = monthDayDate(text, published);
      if (!date) continue;
      // "left Abuja on January 12 … held talks with … Tuesday": a departure's (or arrival's) day
      // is the trip's edge; the talks' own weekday is read back from it.
      const talks = tripEdge(text) ? eventWeekday(body, false) : null;
      return (talks && resolveWeekday(talks, date)) ?? date;
    }
  }
  // A caption dates its photo, which may show the same day or the day before (the arrival
  // before the talks): the report's weekday is the one nearest it, never after publication.
  const nearCaption = captionDate && !dateline ? [addDays(captionDate, 3), published].sort()[0]! : null;
  const reference = dateline?.date ?? nearCaption ?? published;
  const weekday = eventWeekday(body);
  if (weekday) return resolveWeekday(weekday, reference, dateline || captionDate ? null : previous);
  // A dateline is the day the report was filed, often after the event a caption dates.
  return captionDate ?? dateline?.date ?? null;
}

// "The first annual dialogue … is set for Thursday": announced, not yet held.
const FUTURE = /\b(?:will|is to be|are to be|to be held|is scheduled|are scheduled|(?:is|are)\s+(?:set|slated|due)\s+(?:for|to))\b[^.;,]{0,40}$/;
// An arrival's day, or a departure's ("wrapped up his three-day state visit on Sunday"), dates
// the trip's edges, not the talks the section reports.
const ARRIVAL = /\b(?:arriv(?:ed|es|ing)|wrapped up|wraps up|concluded|concludes|left|leaves|departed|departs)\b[^.;]{0,60}$/;
// "The Foreign Ministry confirmed on Friday that … had talks on Wednesday": the day of the
// telling is not the day of the talks.
// "According to a statement posted on the website of the Ministry … on Sunday, Wang met … on
// Saturday": nor is the day of the statement.
const REPORTING = /\b(?:confirmed|announced|disclosed|revealed|briefing|news conference|press conference)\b[^.;]{0,40}$|\b(?:statement|posted|released|published)\b[^.;]{0,70}$/;

/**
 * The text from the first weekday that dates the event: "Li, who arrived in Berlin on Sunday
 * …, made the remark during his meeting on Monday" is Monday's. A weekday of an arrival (or
 * of a ministry's telling of it) counts only when no other is given; one of what is still to come never does.
 */
function eventWeekday(body: string[], orArrival = true): string | null {
  let arrival: string | null = null;
  for (const text of body) {
    for (const match of text.matchAll(new RegExp(WEEKDAY.source, "g"))) {
      const from = text.slice(match.index);
      const before = text.slice(0, match.index);
      // "the coronation, which is to be held on Saturday", "next Monday": not yet.
      // "visited Portugal from Sunday to Tuesday": a span dates the visit, not one event in it.
      // "visited Tanzania on Friday and Saturday": two days are a span as well.
      if (FUTURE.test(before) || /^next\b/i.test(match[0]) || /\b(?:from|to|through|until)\s+$|\w+day\s+and\s+(?:on\s+)?$/.test(before) || /^(?:on\s+)?\w+day\s+and\s+(?:on\s+)?\w+day\b/i.test(from)) continue;
      if (!ARRIVAL.test(before) && !REPORTING.test(before)) return from;
      arrival ??= from;
    }
  }
  return orArrival ? arrival : null;
}

/** The lead's month and day ("left Abuja on January 12 morning") is an arrival's or a departure's. */
function tripEdge(text: string): boolean {
  const match = MONTH_DAYS.exec(text);
  MONTH_DAYS.lastIndex = 0;
  return match !== null && ARRIVAL.test(text.slice(0, match.index));
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** How long before publication a caption's date shows another occasion than the report's. */
const FILE_PHOTO_DAYS = 45;

/**
 * A caption dated well before the release ("… with US strategists in Washington, Oct 28,
 * 2023" above a March 2024 report) is a file photo of another occasion: it dates and places
 * nothing in the section.
 */
export function fileCaption(text: string, published: string): boolean {
  const date = explicitDate(text) ?? monthDayDate(text, published);
  return date !== null && date < addDays(published, -FILE_PHOTO_DAYS);
}

/**
 * The date the report's own paragraphs give its event, without the caption: when it is the
 * section's date, a caption that states that date states what the report says, and a date
 * question may cite it ("… in Brazzaville, Jan. 7, 2025" above "… on Tuesday").
 */
export function reportDate(section: { paragraphs: readonly { text: string }[] }, published: string): string | null {
  const [first] = section.paragraphs;
  if (!first) return null;
  return eventDate([first.text], section.paragraphs.slice(0, 4).map((paragraph) => paragraph.text), published, null);
}
