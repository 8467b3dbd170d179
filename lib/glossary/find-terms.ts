import type { GlossaryEntry } from "./shared-glossary";
import { escapeRegExp as escape } from "../text/escape-reg-exp";

// Where glossary entries stand in an English text: pure, longest match first, whole
// words only. A form with a capital ("Qin Gang", "WHO") must match its case; an
// all-lower-case term ("core interests") matches at the start of a sentence too.
// Abbreviations of the Chinese labels (陆参) have English glosses, not English forms.

export type TermMatch = { start: number; end: number; text: string; entry: GlossaryEntry };

type Matcher = { exact: RegExp | null; folded: RegExp | null; byForm: Map<string, GlossaryEntry> };
const matchers = new WeakMap<readonly GlossaryEntry[], Matcher>();

function pattern(forms: string[], flags: string): RegExp | null {
  if (forms.length === 0) return null;
  const sorted = [...forms].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape);
  // Word edges are Latin letters and digits only: a name stands right beside Chinese characters
  // in a Chinese sentence ("Qin Gang出席…").
  return new RegExp(`(?<![\\p{Script=Latin}\\p{N}])(?:${sorted.join("|")})(?![\\p{Script=Latin}\\p{N}])`, flags);
}

function matcherOf(entries: readonly GlossaryEntry[]): Matcher {
  let matcher = matchers.get(entries);
  if (matcher) return matcher;
  const byForm = new Map<string, GlossaryEntry>();
  for (const entry of entries) {
    if (entry.category === "abbreviation") continue;
    for (const form of entry.en) {
      const key = /\p{Lu}/u.test(form) ? form : form.toLowerCase();
      if (!byForm.has(key)) byForm.set(key, entry);
    }
  }
  const forms = [...byForm.keys()];
  matcher = {
    exact: pattern(
      forms.filter((form) => /\p{Lu}/u.test(form)),
      "gu",
    ),
    folded: pattern(
      forms.filter((form) => !/\p{Lu}/u.test(form)),
      "giu",
    ),
    byForm,
  };
  matchers.set(entries, matcher);
  return matcher;
}

const PARTNERSHIP_QUALIFIER = /^\s+of\s+(?!the\b|a\b|an\b)\p{Ll}/u;

/** Whether the sentence around a match names one of `words` (whole words). */
function besideWords(text: string, match: { start: number; end: number }, words: readonly string[]): boolean {
  const from = Math.max(text.lastIndexOf(". ", match.start), text.lastIndexOf("\n", match.start)) + 1;
  const stop = text.slice(match.end).search(/\.(?:\s|$)|\n/);
  const sentence = text.slice(from, stop < 0 ? text.length : match.end + stop);
  return words.some((word) => new RegExp(`\\b${escape(word)}\\b`).test(sentence));
}

/** Every glossary term in `text`, in order, none overlapping (the longer wins). */
export function findTerms(text: string, entries: readonly GlossaryEntry[]): TermMatch[] {
  const { exact, folded, byForm } = matcherOf(entries);
  const found: TermMatch[] = [];
  for (const regex of [exact, folded]) {
    if (!regex) continue;
    for (const match of text.matchAll(regex)) {
      const entry = byForm.get(match[0]) ?? byForm.get(match[0].toLowerCase());
      if (entry) found.push({ start: match.index, end: match.index + match[0].length, text: match[0], entry });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermMatch[] = [];
  for (const match of found) {
    // "a comprehensive strategic partnership of coordination": a tier named past the
    // glossary's form is another tier (全面战略协作伙伴关系), unless a longer form holds it.
    if (match.entry.category === "partnership" && PARTNERSHIP_QUALIFIER.test(text.slice(match.end))) continue;
    // "China-Russia comprehensive strategic cooperative partnership": the English of another tier here.
    if (match.entry.otherTierWith && besideWords(text, match, match.entry.otherTierWith)) continue;
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) {
      if (match.end - match.start > last.end - last.start) kept[kept.length - 1] = match;
      continue;
    }
    kept.push(match);
  }
  return kept;
}

/**
 * The text cut into plain runs and glossary terms, for marking terms up in a page. An
 * entry already in `seen` stays plain (a page marks each term once, at its first mention);
 * `seen` is updated.
 */
export function splitByTerms(text: string, entries: readonly GlossaryEntry[], seen: Set<GlossaryEntry> = new Set()): Array<string | TermMatch> {
  const parts: Array<string | TermMatch> = [];
  let at = 0;
  for (const match of findTerms(text, entries)) {
    if (seen.has(match.entry)) continue;
    seen.add(match.entry);
    if (match.start > at) parts.push(text.slice(at, match.start));
    parts.push(match);
    at = match.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
