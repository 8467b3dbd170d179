import type { Person } from "./people";
import { foldAccents } from "../text/fold-accents";
import { escapeRegExp as escape } from "../text/escape-reg-exp";

// Where a sentence refers to a known person: by full name, or by a short form used alone
// ("Qin said", "Munir said", "Aboul Gheit said", "Sisi asked") when that form belongs to
// exactly one person of the document. Short forms are the first word, every tail of the
// name (surnames can be several words), and a tail without an Arabic article ("El-Sisi" →
// "Sisi"). Shared forms ("Khan" in two names) resolve to nobody, unless only one of their
// owners is named in full in the passage being read (a section).

export type Mention = { person: Person; start: number; end: number };

export type MentionFinder = (sentence: string) => Mention[];

export function mentionFinder(people: Person[], present: ReadonlySet<Person> = new Set()): MentionFinder {
  // Names are matched without accents ("Nikolić" is Nikolic): the folded text keeps the offsets.
  const owners = new Map<string, Person[]>();
  // "Mohamed Morsy" and "Mohamed Morsi" in one text: each spelling, and its short forms, names the person.
  const spellings = (person: Person) => [person.name, ...(person.spellings ?? [])];
  for (const person of people) {
    for (const form of new Set(spellings(person).flatMap(shortForms).map(foldAccents))) {
      if (!owners.get(form)?.includes(person)) owners.set(form, [...(owners.get(form) ?? []), person]);
    }
  }
  const byText = new Map<string, Person>(people.flatMap((person) => spellings(person).map((name) => [foldAccents(name), person] as const)));
  for (const [word, list] of owners) {
    if (byText.has(word)) continue;
    // A shared form ("Li" of Li Keqiang and Li Zhanshu) is the one of them named in full in
    // the passage at hand (`present`), when exactly one is.
    const here = list.length === 1 ? list : list.filter((person) => present.has(person));
    if (here.length === 1) byText.set(word, here[0]!);
  }
  if (byText.size === 0) return () => [];
  // Longest alternatives first, so "Qin Gang" wins over "Qin".
  const keys = [...byText.keys()].sort((a, b) => b.length - a.length).map(escape);
  // "Xi'an" is a city, not Xi: an apostrophe inside a word continues it ("Xi's" does not).
  const pattern = new RegExp(`(?<![\\p{L}-])(?:${keys.join("|")})(?![\\p{L}-])(?!['’](?!s\\b)\\p{L})`, "gu");
  const full = new Set(people.flatMap((person) => spellings(person).map(foldAccents)));
  return (original) => {
    const sentence = foldAccents(original);
    return (
      [...sentence.matchAll(pattern)]
        // A short form before another capitalised word is part of another name: "Hong" of Cheng
        // Hong in "Hong Kong", "Wang" of Wang Yi in "Wang Wenbin".
        // A short form before a number is a month or an ordinal's word ("May 6"), not Theresa May.
        .filter((match) => full.has(match[0]) || !/^\s+(?:\p{Lu}\p{Ll}|\d)/u.test(sentence.slice(match.index + match[0].length)))
        .map((match) => ({
          person: byText.get(match[0])!,
          start: match.index,
          end: match.index + match[0].length,
        }))
    );
  };
}

function shortForms(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 2) return [];
  const tails = words.slice(1).map((_, index) => words.slice(index + 1).join(" "));
  const last = words[words.length - 1]!;
  const withoutArticle = /^(?:[AaEe]l|[Aa]d|[Aa]s|[Aa]sh)-(\p{Lu}[\p{L}'’-]+)$/u.exec(last)?.[1];
  // "Demeke Mekonnen" for "Demeke Mekonnen Hassen": a leading part of two words or more.
  const heads = words.slice(2).map((_, index) => words.slice(0, index + 2).join(" "));
  // "Boluarte" for "Dina Ercilia Boluarte Zegarra": a Spanish name's first surname, used alone.
  const middles = words.length >= 4 ? words.slice(1, -1).filter((word) => /^\p{Lu}\p{Ll}{3,}$/u.test(word)) : [];
  return [words[0]!, ...tails, ...heads, ...middles, ...(withoutArticle ? [withoutArticle] : [])];
}

/** Distinct people a sentence mentions, in order of first mention. */
export function peopleIn(sentence: string, find: MentionFinder): Person[] {
  const seen = new Set<Person>();
  for (const mention of find(sentence)) seen.add(mention.person);
  return [...seen];
}
