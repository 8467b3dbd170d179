import { ENGLISH_ORDINALS } from "@/lib/text/english-ordinals";
import type { Question } from "@/lib/questions/types";
import type { AnswerFormat } from "./session-layout";
import { chineseNumber } from "./match-clues";
import { MONTHS, isoDate } from "@/lib/content/dates";

// Grading. A picked choice must be the answer exactly; a typed answer is graded
// leniently: case, accents, punctuation, articles and spacing do not count, dates may
// be written in any common form, and a small typo (scaled to the answer's length) is
// forgiven, but digits never are ("2600" is not "2500").

export type GradeResult = {
  correct: boolean;
  /** A typed answer graded wrong may be overridden by the learner ("I was right"). */
  overridable: boolean;
};

export function gradeAnswer(question: Pick<Question, "answer" | "accept">, format: AnswerFormat, given: string): GradeResult {
  if (format !== "typed") return { correct: given === question.answer, overridable: false };
  const correct = gradeTyped(given, [question.answer, ...question.accept]);
  return { correct, overridable: !correct };
}

/** Whether a typed answer matches one of the accepted forms. */
export function gradeTyped(given: string, accepted: readonly string[]): boolean {
  const typed = canonicalOrdinals(normalizeTyped(given));
  if (typed === "") return false;
  const typedDate = parseDate(given);
  return accepted.some((form) => {
    const target = canonicalOrdinals(normalizeTyped(form));
    if (target === "") return false;
    if (typed === target) return true;
    if (typedDate !== null && typedDate === parseDate(form)) return true;
    if (digitsOf(typed) !== digitsOf(target)) return false;
    const allowance = typoAllowance(target);
    // The distance is at least the difference in length: a long clause typed against
    // another needs no table of every pair of characters to be told wrong.
    if (Math.abs([...typed].length - [...target].length) > allowance) return false;
    return damerauLevenshtein(typed, target) <= allowance;
  });
}

const ARTICLES = new Set(["the", "a", "an"]);

/** Lower case, no accents, punctuation or articles, single spaces. */
export function normalizeTyped(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, " ")
    .split(/\s+/)
    .filter((word) => word !== "" && !ARTICLES.has(word))
    .join(" ");
}

/**
 * Ordinals in one form, so "4th", "fourth" and "第四" are the same answer: each becomes
 * "4th" (on normalized text; a Chinese ordinal keeps what follows it, "第四次" → "4th次").
 */
export function canonicalOrdinals(normalized: string): string {
  return normalized
    .split(" ")
    .map((word) => {
      const index = ENGLISH_ORDINALS.indexOf(word);
      if (index >= 0) return `${index + 1}th`;
      const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
      if (digits) return `${Number(digits[1])}th`;
      return word.replace(/第([一二两三四五六七八九十]+|\d+)/gu, (whole, numeral: string) => {
        const value = /^\d+$/.test(numeral) ? Number(numeral) : chineseNumber(numeral);
        return value === null ? whole : `${value}th`;
      });
    })
    .join(" ");
}

/** Typos forgiven: none up to 4 characters, then one more per 8 characters, at most 3. */
export function typoAllowance(normalized: string): number {
  const length = [...normalized].length;
  if (length <= 4) return 0;
  return Math.min(3, 1 + Math.floor((length - 5) / 8));
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, "");
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function damerauLevenshtein(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const rows = s.length + 1;
  const cols = t.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => d[i]![j]!;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i]![j] = best;
    }
  }
  return at(rows - 1, cols - 1);
}

/**
 * A date written as "5 May 2023", "May 5, 2023", "2023-05-05", "2023/5/5" or
 * "2023年5月5日" (weekday words ignored), as YYYY-MM-DD; null for anything else.
 */
export function parseDate(text: string): string | null {
  const clean = text
    .trim()
    .toLowerCase()
    .replace(/\b(?:on|mon|tues|wednes|thurs|fri|satur|sun)(?:day)?\b,?/g, " ");
  let match = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(clean);
  if (match) return isoDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  match = /^\s*(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})\s*$/.exec(clean);
  if (match) return isoDate(Number(match[3]), monthOf(match[2]!), Number(match[1]));
  match = /^\s*([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\s*$/.exec(clean);
  if (match) return isoDate(Number(match[3]), monthOf(match[1]!), Number(match[2]));
  return null;
}

/** 0-based month of a name or an abbreviation of three letters or more ("sept"); -1 for none. */
function monthOf(word: string): number {
  if (word.length < 3) return -1;
  return MONTHS.findIndex((month) => month.toLowerCase().startsWith(word));
}

/**
 * Where the answer (or an accepted form) stands in the source sentence, for
 * highlighting: [start, end) in UTF-16 units, or null when it is not there verbatim.
 */
export function findInSource(source: string, forms: readonly string[]): { start: number; end: number } | null {
  const haystack = source.toLowerCase();
  const sorted = [...forms].filter((form) => form.trim() !== "").sort((a, b) => b.length - a.length);
  for (const form of sorted) {
    const start = haystack.indexOf(form.toLowerCase());
    if (start >= 0) return { start, end: start + form.length };
  }
  return null;
}
