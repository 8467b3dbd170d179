import { glossaryEntry } from "../glossary/shared-glossary";
import type { LocalizedText } from "./types";

// Does a prompt give its answer away? True when the answer, or any accepted form of at
// least three letters, appears in either prompt as a whole word (case-insensitive).
// Shared by the assembler (which drops such questions) and the bank checker.

const WORD_CHAR = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;
// Next to Chinese characters a Latin word still stands alone: "会见了Qin Gang？".
const joins = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char) && !HAN.test(char);

/** `needle` occurs in `haystack` as a whole word, ignoring case. Plain scanning: this runs for every candidate choice. */
export function mentionsWord(haystack: string, needle: string): boolean {
  if (needle === "") return false;
  const text = haystack.toLowerCase();
  const word = needle.toLowerCase();
  if (HAN.test(word)) return text.includes(word); // Chinese has no word spaces to respect
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if (!joins(before) && !joins(after)) return true;
  }
  return false;
}

/** The forms that give an answer away, so callers can report which one did. */
export function givenAway(prompt: LocalizedText, answer: string, accept: readonly string[]): string[] {
  const forms = new Set([answer, ...accept.filter((form) => form.length >= 3)]);
  const spelled = [...forms].filter((form) => mentionsWord(prompt.en, form) || mentionsWord(prompt.zh, form));
  return spelled.length > 0 ? spelled : [...spelledOut(prompt.en, answer), ...echoed(prompt.en, answer)];
}

// "strengthen ____ through regular leadership meetings", "… the strategic guidance of the two
// heads of state": the words around the blank say "high-level", and only that choice fits.
// Of the "high-level exchanges" blanks blind examiners judged, all 5 with such words after the
// blank were GIVEAWAY; 17 of the 20 without them GOOD (words before it only set the scene).
const HIGH_LEVEL = /^high-level\s+(?:exchanges|visits|interactions|contacts)$/i;
const LEADERS = /\b(?:leaders?|leadership|heads?\s+of\s+(?:state|government)|high-level|summits?|top-level)\b/i;

/**
 * The words a prompt says after its blank of the answer without naming it ("… the leaders
 * agreed to maintain ____" before it is the setting, and was judged GOOD).
 */
function echoed(prompt: string, answer: string): string[] {
  const after = prompt.slice(prompt.indexOf("____") + 4);
  const found = HIGH_LEVEL.test(answer) && prompt.includes("____") ? LEADERS.exec(after) : null;
  return found ? [found[0]] : [];
}

const MINOR_WORDS = new Set(["and", "of", "the", "for", "in", "on", "to"]);

/**
 * "… put forward the GGI …, for strengthening and improving ____" (global governance): an
 * acronym in the prompt that starts with the answer's initials spells it out. [] if none does.
 */
function spelledOut(prompt: string, answer: string): string[] {
  const words = answer.split(/[\s-]+/).filter((word) => word !== "" && !MINOR_WORDS.has(word.toLowerCase()));
  if (words.length < 2) return [];
  const initials = words.map((word) => word[0]!.toUpperCase()).join("");
  return [...prompt.matchAll(/(?<![\p{L}])\p{Lu}{2,6}(?![\p{L}])/gu)].map((match) => match[0]).filter((acronym) => acronym.startsWith(initials));
}

/**
 * The Chinese prompt prints the Chinese of an English answer: a context line of the section's
 * label, 三方会晤谈共建"一带一路", above a blank whose answer is "Belt and Road Initiative".
 * (A term question asks for that translation on purpose: not for it.)
 */
export function chineseGivenAway(promptZh: string, answer: string): boolean {
  const entry = glossaryEntry(answer);
  if (!entry) return false;
  const bare = (text: string) => text.replace(/[“”"‘’'《》]/g, "");
  const prompt = bare(promptZh);
  return [entry.zh, ...(entry.zhAlso ?? [])].map(bare).some((form) => form.length >= 2 && prompt.includes(form));
}

/**
 * One question prints the other's answer: a blank's "13th" in a headline, "the fourth
 * round" of a who-prompt, a context line. Asked in one session, the second is given away.
 * People, dates and places are exempt: a who/when/where prompt names them on purpose.
 */
export function printsAnswerOf(printer: { prompt: LocalizedText; choices: readonly string[] }, asked: { kind: string; answer: string }): boolean {
  if (!KEPT_APART.has(asked.kind)) return false;
  // A term's or a label's Chinese printed in a Chinese prompt or context line (会见美国国务卿
  // beside "What is 'Secretary of State' in Chinese?") tells it as surely as an English one.
  const inPrompt = mentionsWord(printer.prompt.en, asked.answer) || (HAN.test(asked.answer) && printer.prompt.zh.includes(asked.answer));
  return inPrompt || printer.choices.some((choice) => choice !== asked.answer && mentionsWord(choice, asked.answer));
}

const KEPT_APART = new Set(["agreement", "number", "term", "label"]);
