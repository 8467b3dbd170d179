import { MONTH_PATTERN } from "./dates";

// Telling a headline from a body paragraph, from the document's structure alone:
// body paragraphs are sentences and end with terminal punctuation; headlines do not,
// or carry a Chinese label. Nothing here knows any particular document's headlines.

const CLOSERS = /["”’')）\]]+$/u;
const TERMINAL = /[.!?。！？…:;,，；：]$/u;
const MAX_HEADLINE_WORDS = 30;

/** True when the line ends like a sentence (looking through closing quotes and brackets). */
export function endsLikeSentence(text: string): boolean {
  return TERMINAL.test(text.trim().replace(CLOSERS, ""));
}

/** A line without a label that still reads as a headline: short, capitalised, no final stop. */
export function readsAsUnlabeledHeadline(text: string): boolean {
  const trimmed = text.trim();
  if (endsLikeSentence(trimmed)) return false;
  if (!/^["“‘'(]?[A-Z0-9]/.test(trimmed)) return false;
  // A speech's byline ("H.E. Li Qiang, Premier of …") names the speaker, not a release.
  if (/^(?:H\.E\.|By)\s/.test(trimmed)) return false;
  return trimmed.split(/\s+/).length <= MAX_HEADLINE_WORDS;
}

// "(Xinhua/Li Tao)", "(Photo: Xinhua)", "[Photo/Xinhua]", "… /Xinhua", "… /Chinese Foreign Ministry".
const MAX_SUBHEADING_WORDS = 8;

/** A short line in sentence case, without a final stop: "Draw lessons from the past". */
export function readsAsSubheading(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (endsLikeSentence(text) || words.length > MAX_SUBHEADING_WORDS || words.length < 2) return false;
  return /^\p{Lu}/u.test(words[0]!) && words.slice(1).every((word) => !/^\p{Lu}/u.test(word));
}

const CREDIT = /(?:\((?:[^()]*\/[^()]*|(?:photo|file photo)[^()]*)\)|\[(?:photo|file photo)[^\]]*\]|\[[^[\]]*\/[^[\]]*\]|\[(?:Xinhua|Reuters|Agencies|AFP|AP|CGTN|China Daily|CFP|VCG|newsphoto)\]|\s\/\s?(?:Xinhua|CGTN|CFP|VCG|AFP|Reuters|China Daily|Chinese Foreign Ministry|[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}))\s*$/i;
const ENDS_WITH_DATE = new RegExp(
  `\\b(?:on\\s+)?(?:${MONTH_PATTERN}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_PATTERN}\\s+\\d{4})\\.?["”’]?\\s*$`,
);
const INNER_SENTENCE_BREAK = /[.!?]["”’]?\s+[A-Z“"]/;

/**
 * A photo caption: one sentence that opens a section and either starts with "Photo",
 * ends with an agency credit "(Xinhua/Name)" or "Photo: Name", or ends with the date the
 * photo was taken.
 */
export function readsAsCaption(text: string): boolean {
  const trimmed = text.trim();
  if (/^(?:photo|file photo|photo taken)\b/i.test(trimmed)) return true;
  if (CREDIT.test(trimmed)) return true;
  // Global Times: "… (right) meets with … on June 6, 2024. Photo: Chinese Foreign Ministry".
  if (/(?:^|[.!?]\s+)Photos?:\s+[\p{Lu}][\p{L}.' /-]{1,60}$/u.test(trimmed)) return true;
  return ENDS_WITH_DATE.test(trimmed) && !INNER_SENTENCE_BREAK.test(trimmed.replace(/\.\s*$/, ""));
}
