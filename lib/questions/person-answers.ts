import type { DocumentAnalysis } from "./analysis";
import type { Person } from "./people";

// Typed answers graded as right for a person: the full name, the name with its title, and
// the short name: the one the text itself uses ("Qin", "Munir"), else the last word
// ("Muttaqi"). Never both: "Gang" is not how anyone refers to Qin Gang.

export function personAccept(person: Person, analysis: DocumentAnalysis): string[] {
  const words = person.name.split(/\s+/);
  const aliases = [...(analysis.aliases.get(person) ?? [])];
  const short = aliases.length > 0 ? aliases : words.length > 1 ? [words[words.length - 1]!] : [];
  const forms = [person.name, ...short];
  if (person.title) forms.push(`${person.title} ${person.name}`);
  return [...new Set(forms)];
}

/** Every person's full name: the pool of person distractors. */
export function peoplePool(analysis: DocumentAnalysis): string[] {
  return analysis.people.map((person) => person.name);
}
