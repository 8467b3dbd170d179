import type { EventContext } from "../event-context";
import { splitClauses } from "../clauses";
import type { Position } from "../positions";

// The text of a position question: the sentence with a phrase blanked (without its
// dateline, cut to the clause around the blank when long), and the event it is set in.

export const BLANK = "____";
const MAX_CLOZE_WORDS = 40;
const MIN_CONTEXT_WORDS = 8;
const WINDOW = 10;

/** The cloze text: the sentence with the phrase blanked, cut to the clause around it when long. */
export function cloze(position: Position, start: number, length: number): string {
  const text = position.sentence.text;
  // The dateline ("BERLIN, July 4 (Xinhua) -- ") is the report's, not part of the statement.
  const from = DATELINE_START.exec(text)?.[0].length ?? 0;
  const blanked = `${text.slice(from, start)}${BLANK}${text.slice(start + length)}`;
  if (from > 0) return clozeText({ ...position, contentStart: Math.max(0, position.contentStart - from) }, blanked, start - from, length);
  return clozeText(position, blanked, start, length);
}

const DATELINE_START = /^[A-Z][A-Z .'’-]+,\s+(?:[A-Z][\p{L} .'’-]+,\s+)?[A-Z][a-z]+\.?\s+\d{1,2}(?:\s+\([^)]*\))?\s*(?:--|–|—)\s*/u;

function clozeText(position: Position, blanked: string, start: number, length: number): string {
  if (blanked.split(/\s+/).length <= MAX_CLOZE_WORDS) return blanked;
  const text = position.sentence.text.slice(position.sentence.text.length - (blanked.length - BLANK.length + length));
  // The clause holding the blank (clauses start at verbs), after the lead that says who holds it.
  const clause = splitClauses(position.content)
    .map((part) => ({ from: position.contentStart + part.start, to: position.contentStart + part.start + part.text.length }))
    .find((part) => part.from <= start && start < part.to) ?? { from: position.contentStart, to: text.length };
  const to = clause.to + BLANK.length - length;
  const lead = text.slice(0, position.contentStart).trimEnd();
  const middle = blanked.slice(clause.from, to).trim().replace(/[,.]$/, "");
  if (middle.split(/\s+/).length >= MIN_CONTEXT_WORDS) {
    return `${lead}${clause.from > position.contentStart ? " …" : ""} ${middle}${to < blanked.length - 2 ? " …" : "."}`;
  }
  // A short clause ("uphold ____") says too little: a window of words around the blank instead.
  const words = blanked.slice(position.contentStart).split(/\s+/);
  const at = words.findIndex((word) => word.includes(BLANK));
  const from = Math.max(0, at - WINDOW);
  const until = Math.min(words.length, at + WINDOW + 1);
  return `${lead}${from > 0 ? " …" : ""} ${words.slice(from, until).join(" ").replace(/[,.]$/, "")}${until < words.length ? " …" : "."}`;
}

export function contextEn(context: EventContext | null): string {
  return context ? ` (${context.en})` : "";
}

export function contextZh(context: EventContext | null): string {
  return context ? `（${context.zh}）` : "";
}
