import { DATELINE_PREFIX } from "../../content/event-date";
import type { EventContext } from "../event-context";
import { splitClauses } from "../clauses";
import type { Position } from "../positions";

// The text of a position question: the sentence with a phrase blanked (without its
// dateline, cut to the clause around the blank when long), and the event it is set in.

export const BLANK = "____";
const DANGLING = /(?:\b(?:the|a|an|and|or|of|to|in|on|for|with|by|from|as|at|its|their|his|her)|\p{Lu}[\p{L}-]*)$/u;
const MAX_CLOZE_WORDS = 30;
const ACRONYM_AFTER = /^\s\((?:[A-Z][A-Za-z&-]{1,9})\)/;
const MIN_CONTEXT_WORDS = 8;

/** The cloze text: the sentence with the phrase blanked, cut to the clause around it when long. */
export function cloze(position: Position, start: number, phraseLength: number): string {
  const text = position.sentence.text;
  // "The ____ (GDI) and …": the acronym after the blank spells the answer; it goes with it.
  const length = phraseLength + (ACRONYM_AFTER.exec(text.slice(start + phraseLength))?.[0].length ?? 0);
  // The dateline ("BERLIN, July 4 (Xinhua) -- ") is the report's, not part of the statement.
  const from = DATELINE_PREFIX.exec(text)?.[0].length ?? 0;
  const blanked = `${text.slice(from, start)}${BLANK}${text.slice(start + length)}`;
  if (from > 0) return clozeText({ ...position, contentStart: Math.max(0, position.contentStart - from) }, blanked, start - from, length);
  return clozeText(position, blanked, start, length);
}

function clozeText(position: Position, blanked: string, start: number, length: number): string {
  if (blanked.split(/\s+/).length <= MAX_CLOZE_WORDS) return blanked;
  const text = position.sentence.text.slice(position.sentence.text.length - (blanked.length - BLANK.length + length));
  const shift = BLANK.length - length;
  // Clauses start at verbs; after the blank's clause, offsets move by the blank's length.
  const clauses = splitClauses(position.content).map((part) => {
    const from = position.contentStart + part.start;
    const to = from + part.text.length;
    return { from: from > start ? from + shift : from, to: to > start ? to + shift : to };
  });
  let first = clauses.findIndex((part) => part.from <= start && start < part.to);
  if (first < 0) return blanked;
  let last = first;
  const words = (a: number, b: number) => blanked.slice(clauses[a]!.from, clauses[b]!.to).split(/\s+/).length;
  // A short clause ("uphold ____") says too little: whole neighbouring clauses join it, the
  // one before first, until it reads on its own or would be too long.
  while (words(first, last) < MIN_CONTEXT_WORDS) {
    if (first > 0 && words(first - 1, last) <= MAX_CLOZE_WORDS) first--;
    else if (last < clauses.length - 1 && words(first, last + 1) <= MAX_CLOZE_WORDS) last++;
    else break;
  }
  // A cut that leaves "the …", "cultural and …" or half a name ("China and New …") reads
  // as a broken quote: the next clause joins while the text runs on.
  while (last < clauses.length - 1 && DANGLING.test(blanked.slice(clauses[first]!.from, clauses[last]!.to).trim().replace(/[,.]$/, ""))) last++;
  const from = clauses[first]!.from;
  const to = clauses[last]!.to;
  const cut = from > position.contentStart;
  // "Pakistan expects to closely cooperate …, strengthen …": the lead keeps its "to" when the
  // clause after the cut is a verb of its own ("Pakistan expects to … strengthen").
  const own = text.slice(0, position.contentStart).trimEnd();
  const lead = cut && /^to\s/.test(text.slice(position.contentStart)) ? `${own} to` : own;
  const middle = blanked.slice(from, to).trim().replace(/[,.]$/, "");
  // "… is ready to … firmly safeguarding ____": a clause of its own form (a participle) joins no
  // lead ending in "to"; it is quoted on its own.
  const joined = !(cut && /\bto$/.test(lead) && /^(?:\w+ly\s+)?\w+ing\b/.test(middle));
  return `${joined ? lead : ""}${cut ? " …" : ""} ${middle}${to < blanked.length - 2 ? " …" : "."}`.trim();
}

export function contextEn(context: EventContext | null): string {
  return context ? ` (${context.en})` : "";
}

export function contextZh(context: EventContext | null): string {
  return context ? `（${context.zh}）` : "";
}

/** The event as the opening of a Chinese question: "会见新西兰总督时，", not a bracket before it. */
export function whenZh(context: EventContext | null): string {
  if (!context) return "";
  return /(?:时|期间)$/.test(context.zh) ? `${context.zh}，` : `${context.zh}时，`;
}
