import { COUNTRIES, COUNTRY_FORMS, countryOf, countryOfCapital } from "../content/gazetteer";
import type { Person } from "./people";
import { memoByText } from "../text/memo-by-text";
import { escapeRegExp as escape } from "../text/escape-reg-exp";

// The parties whose positions a release reports: a country ("China", "the Pakistani
// side"), the parties together ("the two sides", "the three parties", "China and
// Pakistan"), or a person speaking for their country. Holders are compared by key, so
// "Pakistan" and "the Pakistani side" are one party.

export type Holder = {
  /** "China", "Pakistan", or "joint" for the parties together. */
  key: string;
  en: string;
  zh: string;
  /** The country keys a joint holder stands for; the country itself otherwise. */
  members: string[];
};

// Unions that speak as one party in releases ("China and the EU should …").
const UNIONS: Record<string, { en: string; zh: string }> = {
  eu: { en: "the EU", zh: "欧盟" },
  "european union": { en: "the EU", zh: "欧盟" },
  europe: { en: "the EU", zh: "欧盟" },
  asean: { en: "ASEAN", zh: "东盟" },
  "african union": { en: "the African Union", zh: "非盟" },
};
const unionOf = (form: string) => UNIONS[form.toLowerCase().replace(/^the\s+/, "")];
const COUNTRY_ALTERNATIVES = [...COUNTRY_FORMS, ...Object.keys(UNIONS)]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join("|");
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, both: 2, all: 0 };

const JOINT =
  /^(?:(?:the|all)\s+)?(both|two|three|four|five|all)\s+(?:sides|parties|countries|nations|leaders|heads\s+of\s+state|foreign\s+ministers|ministers|governments)\b/i;
const SIDE = new RegExp(`^the\\s+(${COUNTRY_ALTERNATIVES})\\s+(?:side|government|people|military)\\b`, "i");
const COUNTRY_START = new RegExp(`^(?:the\\s+)?(${COUNTRY_ALTERNATIVES})(?![\\p{L}-])`, "iu");
const PAIR = new RegExp(`^(?:the\\s+)?(${COUNTRY_ALTERNATIVES})\\s+and\\s+(?:the\\s+)?(${COUNTRY_ALTERNATIVES})(?![\\p{L}-])`, "iu");

export function countryHolder(form: string): Holder | null {
  const union = unionOf(form);
  if (union) return { key: union.en, en: union.en, zh: union.zh, members: [union.en] };
  const country = countryOf(form);
  if (!country) return null;
  return { key: country.name, en: country.name, zh: country.zh || country.name, members: [country.name] };
}

/** "the United States", "the Netherlands": a country's name as prose writes it. */
export function withArticle(name: string): string {
  return /^(?:United\b|Netherlands$|Philippines$|Maldives$|Bahamas$|Gambia$|Czech Republic$|Dominican Republic$|Central African Republic$|Republic of\b|Solomon Islands$|Marshall Islands$|Comoros$|Seychelles$)/.test(
    name,
  )
    ? `the ${name}`
    : name;
}

/** The parties together: "the two sides", or by name when they are not all of the section's parties. */
export function jointHolder(count: number, members: string[], named = false): Holder {
  const n = count || members.length;
  const key = `joint:${[...members].sort().join("+")}`;
  if (named && members.length === 2) {
    const zh = members.map((member) => countryOf(member)?.zh || member).join("和");
    return { key, en: `${withArticle(members[0]!)} and ${withArticle(members[1]!)}`, zh, members };
  }
  return n === 3
    ? { key, en: "the three sides", zh: "三方", members }
    : n === 2
      ? { key, en: "the two sides", zh: "双方", members }
      : { key, en: "all sides", zh: "各方", members };
}

/** A party named at the very start of `text`, with the length of the words that named it. */
export function leadingParty(text: string, sectionParties: string[]): { holder: Holder; length: number } | null {
  const joint = JOINT.exec(text);
  if (joint) return { holder: jointHolder(NUMBER_WORDS[joint[1]!.toLowerCase()] ?? 0, sectionParties), length: joint[0].length };
  const pair = PAIR.exec(text);
  if (pair && /^\p{Lu}|^the\s/u.test(text)) {
    const members = [pair[1]!, pair[2]!].map((form) => countryHolder(form)?.key).filter((name): name is string => Boolean(name));
    if (members.length === 2) return { holder: jointHolder(2, members, true), length: pair[0].length };
  }
  const side = SIDE.exec(text);
  if (side) {
    const holder = countryHolder(side[1]!);
    if (holder) return { holder, length: side[0].length };
  }
  const country = COUNTRY_START.exec(text);
  if (country && /^\p{Lu}/u.test(country[1]!)) {
    // "China-Pakistan Economic Corridor" starts with a country but is not one.
    const holder = countryHolder(country[1]!);
    if (holder && !/^[-’']/.test(text.slice(country[0].length))) return { holder, length: country[0].length };
  }
  return null;
}

/** The country a person speaks for, read from their title ("Pakistani Foreign Minister"). */
export function personCountry(person: Person, titles: string[]): string | null {
  for (const title of [person.title, ...titles]) {
    if (!title) continue;
    // "Papua New Guinea" before "Guinea": the longest country name the title holds.
    const lower = ` ${title.toLowerCase().replace(/[,.]/g, " ")} `;
    const long = COUNTRY_FORMS.find((form) => form.includes(" ") && lower.includes(` ${form} `));
    if (long) return countryOf(long)!.name;
    for (const word of title.split(/[\s,]+/)) {
      const union = unionOf(word.replace(/['’]s$/, ""));
      if (union) return union.en;
      const country = countryOf(word.replace(/['’]s$/, ""));
      if (country) return country.name;
    }
  }
  return null;
}

/** Every country a text names, by name or adjective, as country keys. */
export function countriesIn(text: string): Set<string> {
  return new Set(countriesMemo(text));
}

const COUNTRY_PATTERN = new RegExp(`(?<![\\p{L}])(?:${COUNTRY_ALTERNATIVES})(?![\\p{L}])`, "giu");

const countriesMemo = memoByText((text: string): ReadonlySet<string> => {
  const found = new Set<string>();
  for (const match of text.matchAll(COUNTRY_PATTERN)) {
    if (!/^\p{Lu}/u.test(match[0])) continue;
    const country = countryOf(match[0]);
    if (country) found.add(country.name);
  }
  return found;
});

const CAPITAL_NAMES = COUNTRIES.flatMap((country) => country.capitals).filter((city) => /^\p{Lu}[\p{L} '’-]+$/u.test(city));
const CAPITAL_PATTERN = new RegExp(`(?<![\\p{L}])(?:${CAPITAL_NAMES.map(escape).join("|")})(?![\\p{L}])`, "gu");

/**
 * The countries a text names, by name or by a capital standing for its government ("Beijing
 * stands ready to work with Ulan Bator"; "attendance at the meeting in Beijing"): what a
 * quote tells of its speaker's side.
 */
export function partiesNamed(text: string): Set<string> {
  const found = countriesIn(text);
  for (const match of text.matchAll(CAPITAL_PATTERN)) {
    const country = countryOfCapital(match[0]);
    if (country) found.add(country.name);
  }
  return found;
}
