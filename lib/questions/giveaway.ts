import type { LocalizedText } from "./types";

// Does a prompt give its answer away? True when the answer, or any accepted form of at
// least three letters, appears in either prompt as a whole word (case-insensitive).
// Shared by the assembler (which drops such questions) and the bank checker.

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function mentionsWord(haystack: string, needle: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle.toLowerCase())}(?![\\p{L}\\p{N}])`, "u").test(haystack.toLowerCase());
}

/** The forms that give an answer away, so callers can report which one did. */
export function givenAway(prompt: LocalizedText, answer: string, accept: readonly string[]): string[] {
  const forms = new Set([answer, ...accept.filter((form) => form.length >= 3)]);
  return [...forms].filter((form) => mentionsWord(prompt.en, form) || mentionsWord(prompt.zh, form));
}
