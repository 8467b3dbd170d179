import { glossaryEntry } from "../glossary/shared-glossary";
import type { DocumentAnalysis } from "./analysis";
import { officeOf } from "./office-of";
import { isPinyinName } from "./pinyin-name";
import { NAME_PARTICLES, type Person } from "./people";
import { peopleCountries } from "./positions";

// Typed answers graded as right for a person: the full name, the name with its title, and
// the short name: the one the text itself uses ("Qin", "Munir"), else the last word
// ("Muttaqi"). Never both: "Gang" is not how anyone refers to Qin Gang.

/** Countries whose names put the family name first ("Park Jin" is Minister Park). */
const FAMILY_NAME_FIRST = new Set(["South Korea", "North Korea", "China", "Singapore"]);

const NO_FAMILY_NAME = new Set(["Myanmar"]);

// Thais go by their given name: "Prayut", "Prime Minister Prayut".
const GIVEN_NAME_USED = new Set(["Thailand"]);

export function personAccept(person: Person, analysis: DocumentAnalysis): string[] {
  const words = person.name.split(/\s+/);
  const aliases = [...(analysis.aliases.get(person) ?? [])];
  // "Ban Ki-moon", "Moon Jae-in" of no country the text gives: a hyphenated given name after
  // a one-syllable word is Korean, family name first (Secretary-General Ban, never "Ki-moon").
  const korean = words.length === 2 && /^\p{Lu}\p{Ll}{1,3}$/u.test(words[0]!) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]!);
  const country = peopleCountries(analysis).get(person);
  // "President Xi Jinping" of no country the text gives: a pinyin name is Chinese, and
  // "President Jinping" is the classic slip, never an answer.
  const familyFirst = korean || FAMILY_NAME_FIRST.has(country ?? "") || (!country && isPinyinName(person.name));
  const surname = familyFirst ? words[0]! : words[words.length - 1]!;
  // A Burmese name has no family name: "Kyi" alone is no part anyone goes by.
  const noSurname = NO_FAMILY_NAME.has(peopleCountries(analysis).get(person) ?? "");
  const given = GIVEN_NAME_USED.has(peopleCountries(analysis).get(person) ?? "") && words.length > 1 ? [words[0]!] : [];
  // Aliases that are only other spellings of the whole name ("Zarar Ahmed Osmani" for "Zarar
  // Ahmed Moqbel Osmani", "Sergey Lavrov") leave the family name right too.
  const spelt = aliases.length === 0 || aliases.every((alias) => person.spellings?.includes(alias));
  const bySurname = spelt && words.length > 1 && !noSurname ? [surname] : [];
  const short = [...aliases, ...bySurname, ...given];
  // "Sooronbai Zheenbekov" beside "Sooronbay Jeenbekov": every spelling the text uses is right.
  const forms = [person.name, ...short, ...(person.spellings ?? [])];
  // "Jakaya Kikwete" for "Jakaya Mrisho Kikwete": the name as most reports give it (never
  // across a particle: "Mohammed … Al Saud").
  if (words.length === 3 && !words.some((word) => NAME_PARTICLES.has(word.toLowerCase()))) forms.push(`${words[0]} ${words[2]}`);
  // "Lula da Silva" for "Luiz Inacio Lula da Silva": the name from the word before its particle.
  const particle = words.findIndex((word, i) => i > 1 && /^(?:da|de|do|dos|das)$/.test(word));
  if (particle > 1) forms.push(words.slice(particle - 1).join(" "));
  if (person.title) {
    forms.push(`${person.title} ${person.name}`);
    // "President Kikwete": the office, without its country, before the short name.
    const office = officeOf(person.title);
    for (const name of short) forms.push(`${office} ${name}`);
  }
  // The Chinese a learner of the Chinese interface may type, where the glossary has it.
  const entry = glossaryEntry(person.name);
  if (entry?.kind === "person") forms.push(entry.zh, ...(entry.zhAlso ?? []));
  return [...new Set(forms)];
}

/** Every person's full name: the pool of person distractors. */
export function peoplePool(analysis: DocumentAnalysis): string[] {
  return analysis.people.map((person) => person.name);
}
