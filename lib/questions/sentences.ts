import { endsLikeSentence } from "../content/line-kinds";
import type { Section } from "../content/types";

// Splitting paragraphs into sentences. A full stop ends a sentence only when the next
// word starts with a capital (or a quote) and the word before it is not an abbreviation
// or an initial: "Mr. Wang", "U.S. side", "J. Blinken", "No. 1", "Sept. 3" stay whole.

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "mme",
  "ms",
  "dr",
  "prof",
  "st",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "sgt",
  "adm",
  "gov",
  "sen",
  "rep",
  "jr",
  "sr",
  "no",
  "nos",
  "vs",
  "etc",
  "inc",
  "ltd",
  "co",
  "corp",
  "dept",
  "est",
  "approx",
  "fig",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "e.g",
  "i.e",
  "u.s",
  "u.k",
  "u.n",
  "p.m",
  "a.m",
]);

/**
 * `fragment`: a body line with no final stop (a speech's byline, "Bishkek, 14 June 2019", or
 * a subheading). It names who spoke, but a blank in it asks about no event.
 */
export type Sentence = { text: string; line: number; fragment?: true };

/** Sentences of one paragraph, verbatim (only surrounding spaces trimmed). */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  // "… counterpart, Julie Bishop.They were meeting …": a stop whose space the copy lost ends a
  // sentence too, where a lower-case word ends before it and a capitalised word follows.
  const boundary = /([.!?])(["”’)]*)(?:\s+|(?=\p{Lu}\p{Ll}))(?=["“‘(]?[A-Z0-9])/gu;
  let start = 0;
  for (let match = boundary.exec(paragraph); match; match = boundary.exec(paragraph)) {
    const before = paragraph.slice(start, match.index);
    const lastWord = (/([A-Za-z.]+)$/.exec(before)?.[1] ?? "").toLowerCase();
    if (match[1] === "." && (ABBREVIATIONS.has(lastWord) || /^[a-z]$/.test(lastWord) || /^([a-z]\.)+[a-z]$/.test(lastWord))) continue;
    const spaced = match.index + match[0].length > match.index + match[1]!.length + match[2]!.length;
    // Not inside an address ("www.Xinhua.Net"): the word before is a whole word of prose.
    if (!spaced && (!/(?:^|\s)\p{L}\p{Ll}+$/u.test(before) || /(?:^|\s)www$/i.test(before))) continue;
    const end = match.index + match[1]!.length + match[2]!.length;
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

// "… on Feb. 12, 2009. [Xinhua]": a photo credit after the stop.
const withoutCredit = (text: string) => text.replace(/\s*[[(][^\])]*[\])]$/, "");

/** Every sentence of a section's caption and paragraphs, with its line. */
export function sectionSentences(section: Section): Sentence[] {
  const caption = section.caption ? splitSentences(section.caption.text).map((text) => ({ text, line: section.caption!.line })) : [];
  return [
    ...caption,
    ...section.paragraphs.flatMap((paragraph) =>
      splitSentences(paragraph.text).map((text) => ({
        text,
        line: paragraph.line,
        ...(endsLikeSentence(withoutCredit(text)) ? {} : { fragment: true as const }),
      })),
    ),
  ];
}
