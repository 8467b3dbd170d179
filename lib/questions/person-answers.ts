import type { DocumentAnalysis } from "./analysis";
import type { Person } from "./people";

// Typed answers graded as right for a person: the full name, the name with its title,
// the family name (last word), and any word of the name the text itself uses alone.

export function personAccept(person: Person, analysis: DocumentAnalysis): string[] {
  const words = person.name.split(/\s+/);
  const forms = [person.name, words[words.length - 1]!, ...(analysis.aliases.get(person) ?? [])];
  if (person.title) forms.push(`${person.title} ${person.name}`);
  return [...new Set(forms)];
}

/** Every person's full name: the pool of person distractors. */
export function peoplePool(analysis: DocumentAnalysis): string[] {
  return analysis.people.map((person) => person.name);
}
