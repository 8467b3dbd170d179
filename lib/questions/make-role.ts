import type { DocumentAnalysis, SectionAnalysis } from "./analysis";
import type { QuestionDraft } from "./draft";
import { sameBranch } from "./office-branch";
import { countryOf } from "../content/gazetteer";
import { glossaryEntry, glossaryTerms } from "../glossary/shared-glossary";
import { documentVisitor } from "./event-context";
import { isOffice } from "./people";
import { peopleCountries } from "./positions";

// Role questions, asked once per person of the visit where the text first gives their
// title: "What title does the text give Amir Khan Muttaqi?". (The reverse, "Who is the
// Pakistani Chief of Army Staff?", asked the same fact twice.)

// One wording per office: "Deputy Minister of Foreign Affairs" is a "Vice Foreign Minister".
const SAME_WORDS: [RegExp, string][] = [
  [/\bdeputy\b/g, "vice"],
  // "Vice Premier" and "Deputy Prime Minister" are one office (副总理), as are Premier and Prime Minister.
  [/\bprime minister\b/g, "premier"],
  [/\bminister (?:of|for) (?:foreign|external) affairs\b/g, "foreign minister"],
  [/\bexternal affairs minister\b/g, "foreign minister"],
  [/\bsecretary[- ]general\b/g, "secretary general"],
  [/-/g, " "],
];
const key = (title: string) => SAME_WORDS.reduce((text, [pattern, to]) => text.replace(pattern, to), title.toLowerCase().replace(/^(?:the\s+)/, ""));
/** "President" and "Pakistani President" name the same office: either could be meant. */
const sameOffice = (a: string, b: string) => key(a).endsWith(key(b)) || key(b).endsWith(key(a));
const wordSet = (title: string) =>
  new Set(
    key(title)
      .split(/\s+/)
      .filter((word) => !/^(?:of|the|and|for)$/.test(word)),
  );
/** "Army Chief" and "Chief of Army Staff": every word of one in the other, so either could be meant. */
export const wordsWithin = (a: string, b: string) => {
  const [x, y] = [wordSet(a), wordSet(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return [...small].every((word) => large.has(word));
};

/**
 * The office without the country it is of ("Pakistani Foreign Minister" → "Foreign
 * Minister", "Foreign Minister of Solomon Islands" → "Foreign Minister"): with the country
 * left in, the one Chinese title among foreign ones answers itself.
 */
export function officeOf(title: string): string {
  const words = title.replace(/^the\s+/i, "").split(/\s+/);
  // Leading country words, one or two at a time ("Solomon Islands", "Pakistani", "Pakistan’s").
  for (let taken = true; taken && words.length > 1;) {
    taken = false;
    for (const length of [2, 1]) {
      const lead = words
        .slice(0, length)
        .join(" ")
        .replace(/['’]s$/, "");
      if (words.length > length && countryOf(lead)) {
        words.splice(0, length);
        taken = true;
        break;
      }
    }
  }
  // "Ambassador to Cambodia", "President of the Republic": the country (or "the Republic")
  // after the office goes the same way.
  const AFTER = /\s+(?:of|to)\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*|of|the)(?:\s+(?:\p{Lu}[\p{L}-]*|of|the)){0,4})$/u;
  return words.join(" ").replace(AFTER, (whole, name: string) => (countryOf(name) || /^Republic\b/.test(name) ? "" : whole));
}

/** Heads of state and government everyone knows by title: asking for them teaches nothing. */
// A long compound title ("Member of the Political Bureau …") stands out among single offices.
const MAX_OFFICE_WORDS = 5;
const COMMON_OFFICES = new Set(["president", "prime minister", "premier", "king", "queen", "chancellor", "vice president", "vice-president", "emir", "sultan"]);

/** An office's words, whatever their order: "Foreign Affairs Minister" is "Minister of Foreign Affairs" is "Foreign Minister". */
function officeWords(office: string): string {
  // "African Union Commission (AUC) Chairman" and "AU Commission Chairperson" are one office.
  return office
    .toLowerCase()
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/\bafrican union\b/g, "au")
    .replace(/\bunited nations\b/g, "un")
    .replace(/\bchair(?:man|woman|person)\b/g, "chair")
    .split(/[\s-]+/)
    .filter((word) => !["of", "for", "the", "and", "affairs"].includes(word))
    .sort()
    .join(" ");
}

/** Offices only some countries have, by the countries that have them. */
const NATIONAL_OFFICES: [RegExp, Set<string>][] = [
  [
    /^Governor-General$/i,
    new Set([
      "Australia",
      "New Zealand",
      "Canada",
      "Papua New Guinea",
      "Solomon Islands",
      "Jamaica",
      "Bahamas",
      "Belize",
      "Tuvalu",
      "Grenada",
      "Antigua and Barbuda",
    ]),
  ],
  [/^Secretary of State$/i, new Set(["United States"])],
  [/^Foreign Secretary$/i, new Set(["United Kingdom", "India", "Bangladesh"])],
];

function officeExistsIn(office: string, country: string | null): boolean {
  const national = NATIONAL_OFFICES.find(([pattern]) => pattern.test(office));
  return !national || (country !== null && national[1].has(country));
}

/**
 * Wrong offices: the document's own first (a US congressional leader among the Senate's and
 * the House's offices, not among ministers of state), then the glossary's, closest in length
 * first (a much longer title stands out); never one inside the other ("Acting Foreign
 * Minister of …"), nor one the person's country does not have.
 */
const INTERNATIONAL =
  /\b(?:UN|U\.N\.|United Nations|European|EU|Secretary[- ]General|Commission|ASEAN|African Union|AU|NATO|WTO|WHO|IMF|World Bank|SCO|BRICS|League|Organi[sz]ation|General Assembly|International|Olympic|IOC)\b/;

function rolePool(office: string, index: RoleIndex, country: string | null, countryOfTitle: (title: string) => string | null): string[] {
  // An international body's office among a country's ("UN Secretary-General" beside "Minister
  // of Commerce") is told by its kind alone: offices of the same kind only.
  // "Chairman" cut from "Chairman Senate" beside "Speaker of the National Assembly": a bare
  // office word is told from a whole office by its form alone (every answer has two words at least).
  const fits = (other: string) =>
    other.trim().split(/[\s-]+/).length >= 2 &&
    INTERNATIONAL.test(other) === INTERNATIONAL.test(office) &&
    !other.toLowerCase().includes(office.toLowerCase()) &&
    !office.toLowerCase().includes(other.toLowerCase()) &&
    officeWords(other) !== officeWords(office) &&
    officeExistsIn(other, country);
  const byLength = (a: string, b: string) => Math.abs(a.length - office.length) - Math.abs(b.length - office.length) || (a < b ? -1 : 1);
  // A head of state or government beside a minister is ruled out by knowing who leads the country.
  // Offices of the person's own country only (a Chinese State Councilor among Pakistan's offices
  // is ruled out by knowing whose it is), one office each ("… and Foreign Minister" is two).
  const own = [
    ...new Set(
      index.offices
        .filter((title) => country === null || [country, null].includes(countryOfTitle(title)))
        .map(officeOf)
        .filter((other) => fits(other) && !COMMON_OFFICES.has(other.toLowerCase()) && !/\sand\s/.test(other)),
    ),
  ].sort(byLength);
  const shared = glossaryTerms("title")
    .filter((other) => fits(other) && !own.includes(other))
    .sort(byLength);
  return [...own, ...shared].slice(0, 3);
}

export type RoleIndex = {
  titlesOf: Map<string, string[]>;
  firstSection: Map<string, string>;
  allTitles: string[];
  /** One title per office (the longest form), so two wrong choices never name the same office. */
  offices: string[];
};

export function roleIndex(document: DocumentAnalysis): RoleIndex {
  const titlesOf = new Map<string, string[]>();
  const firstSection = new Map<string, string>();
  for (const analysis of document.sections) {
    for (const { text } of analysis.sentences) {
      for (const mention of document.titles(text)) {
        if (!isOffice(mention.title)) continue;
        const titles = titlesOf.get(mention.name) ?? [];
        if (titles.length === 0) titlesOf.set(mention.name, titles);
        if (!titles.includes(mention.title)) titles.push(mention.title);
        if (!firstSection.has(mention.name)) firstSection.set(mention.name, analysis.section.id);
      }
    }
  }
  const allTitles = [...new Set([...titlesOf.values()].flat())];
  const offices = allTitles.filter((title) => !allTitles.some((other) => other !== title && key(other).endsWith(key(title))));
  return { titlesOf, firstSection, allTitles, offices };
}

/** Headline shorthand for offices: "FM", "Deputy PM", "vice-president". */
const SHORTHAND: [RegExp, RegExp][] = [
  [/\bFMs?\b/, /foreign minister/i],
  [/\bPMs?\b/, /prime minister/i],
  [/\bVP\b/, /vice[- ]president/i],
];

function namesOffice(headline: string, office: string): boolean {
  const plain = (text: string) => text.toLowerCase().replace(/-/g, " ");
  if (plain(headline).includes(plain(office))) return true;
  return SHORTHAND.some(([short, long]) => short.test(headline) && long.test(office));
}

export function roleQuestions(analysis: SectionAnalysis, document: DocumentAnalysis, index: RoleIndex): QuestionDraft[] {
  const drafts: QuestionDraft[] = [];
  const id = analysis.section.id;
  // Titles of the people who took part in the visit; a leader only mentioned is no fact of it,
  // and the visitor's own title is in every release.
  const visitor = documentVisitor(document);
  const headlines = document.sections.map((section) => section.section.title ?? "");
  const taking = new Set(document.sections.flatMap((section) => section.participants.map((participant) => participant.name)));
  taking.delete(visitor ?? "");
  const countries = peopleCountries(document);
  const countryOfTitle = (title: string) => {
    const holder = document.people.find((candidate) => index.titlesOf.get(candidate.name)?.includes(title));
    return holder ? (countries.get(holder) ?? null) : null;
  };
  for (const { text, line } of analysis.sentences) {
    for (const mention of document.titles(text)) {
      const title = mention.title;
      if (!isOffice(title) || index.firstSection.get(mention.name) !== id || !taking.has(mention.name)) continue;
      const person = document.people.find((candidate) => candidate.name === mention.name);
      if (!person || drafts.some((draft) => draft.accept.includes(mention.name))) continue;
      // "acting US Commerce Secretary Rebecca Blank", "former Prime Minister …": the office
      // without its qualifier is not what the text gives.
      if (/\b(?:acting|interim|former|outgoing|then|late)\s+$/i.test(text.slice(0, mention.start))) continue;
      const own = index.titlesOf.get(mention.name) ?? [];
      const office = officeOf(title);
      // A country left in the office ("Surinamese President") among bare offices is the odd one out.
      if (office.split(/\s+/).some((word) => countryOf(word.replace(/['’]s$/, "")))) continue;
      if (COMMON_OFFICES.has(office.toLowerCase()) || office.split(/\s+/).length < 2 || office.split(/\s+/).length > MAX_OFFICE_WORDS) continue;
      // Two offices in one ("Party President and Senate President") stand out among single ones.
      if (/\sand\s/.test(office)) continue;
      // Wang Yi's or Putin's office is in every release about them: not a fact of this visit.
      if (glossaryEntry(mention.name)?.kind === "person") continue;
      // A royal office is told by the name itself ("… bin Salman … Al Saud", "Queen …") among ministers.
      if (/\b(?:King|Queen|Crown Prince|Prince|Princess|Emir|Sultan|Sheikh)\b/.test(office)) continue;
      // "Chinese FM meets Blinken": a headline that names the office answers the question.
      if (headlines.some((headline) => namesOffice(headline, office))) continue;
      const base = { section: id, kind: "role" as const, source: text, sourceLine: line };
      drafts.push({
        ...base,
        prompt: { en: `What office does the text give ${mention.name}?`, zh: `文中${mention.name}担任什么职务？` },
        answer: office,
        accept: [...new Set([office, title, ...own])],
        // Other offices of the visit and common ones, closest in length first (a much longer
        // title stands out); never one inside the other ("Acting Foreign Minister of …").
        pool: sameBranch(
          office,
          rolePool(office, index, countries.get(person) ?? null, countryOfTitle).filter((other) => !sameOffice(other, office) && !wordsWithin(other, office)),
        ),
        alsoCorrect: index.allTitles.filter((other) => own.some((mine) => sameOffice(officeOf(mine), officeOf(other)))).map(officeOf),
        score: 0.8,
      });
    }
  }
  return drafts;
}
