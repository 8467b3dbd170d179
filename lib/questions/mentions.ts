import type { Person } from "./people";

// Where a sentence refers to a known person: by full name, or by one word of the name
// used alone ("Qin said", "Munir said", "Alvi asked") when that word belongs to exactly
// one person of the document. Shared words ("Khan" in two names) resolve to nobody.

export type Mention = { person: Person; start: number; end: number };

export type MentionFinder = (sentence: string) => Mention[];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function mentionFinder(people: Person[]): MentionFinder {
  const owners = new Map<string, Person[]>();
  for (const person of people) {
    const words = person.name.split(/\s+/);
    const edges = words.length > 1 ? [words[0]!, words[words.length - 1]!] : [];
    for (const word of new Set(edges)) owners.set(word, [...(owners.get(word) ?? []), person]);
  }
  const byText = new Map<string, Person>(people.map((person) => [person.name, person]));
  for (const [word, list] of owners) if (list.length === 1 && !byText.has(word)) byText.set(word, list[0]!);
  if (byText.size === 0) return () => [];
  // Longest alternatives first, so "Qin Gang" wins over "Qin".
  const keys = [...byText.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}-])(?:${keys.join("|")})(?![\\p{L}-])`, "gu");
  return (sentence) =>
    [...sentence.matchAll(pattern)].map((match) => ({
      person: byText.get(match[0])!,
      start: match.index,
      end: match.index + match[0].length,
    }));
}

/** Distinct people a sentence mentions, in order of first mention. */
export function peopleIn(sentence: string, find: MentionFinder): Person[] {
  const seen = new Set<Person>();
  for (const mention of find(sentence)) seen.add(mention.person);
  return [...seen];
}
