import { countryOf } from "../content/gazetteer";
import { foldAccents } from "../text/fold-accents";
import { SHARED_GLOSSARY } from "../glossary/shared-glossary";
import type { ParsedDocument } from "../content/types";
import { sectionSentences } from "./sentences";
import { skipQualifiers } from "./title-qualifiers";
import { NOT_NAME_WORDS, TITLE_CONNECTORS } from "./title-words";
import { isHead, isInstitution, isNameWord, lower } from "./name-words";
import { COURTESY_TITLE, untitledNames } from "./people-untitled";
import { isPartOf, misspelt, overlapsKnown } from "./name-forms";
import { type Token, isCapitalized, tokenize } from "./tokens";

// People of a document, found from "Title Name" sequences ("Pakistani Foreign Minister
// Bilawal Bhutto Zardari", "Acting Foreign Minister of the Afghan Interim Government
// Amir Khan Muttaqi") and from untitled names in subject position ("Asim Munir said").

/** `spellings`: other ways the text writes the same name ("Mohamed Morsi" beside "Mohamed Morsy"). */
export type Person = { name: string; title: string | null; spellings?: string[] };

export type TitledMention = Person & { start: number; end: number };

const MAX_NAME_WORDS = 4;
/** "Minister of …", "Minister for …", "Ambassador to Pakistan …". */
export const NAME_PARTICLES = new Set(["bin", "bint", "ibn", "al", "el", "de", "da", "di", "du", "dos", "van", "von", "der", "den", "la", "le", "arap"]);

/** Particles starting at `from` followed by a name word: how many tokens to take (0 if none). */
function particleRun(tokens: Token[], from: number): number {
  let k = from;
  // Lower-case particles ("bin", "von der"), and the Arabic article written as a capital ("Al Saud").
  while ((NAME_PARTICLES.has(tokens[k]?.word ?? "") || /^(?:Al|El)$/.test(tokens[k]?.word ?? "")) && !tokens[k]!.closes) k++;
  return k > from && isNameWord(tokens[k]) ? k - from + 1 : 0;
}

const HONORIFIC = new RegExp(`^${COURTESY_TITLE}\\.?$`);
const MALAY_HONOUR = /^(?:Dato['’]?|Datuk|Datin)$/;
const COMPANY = /^(?:Corp|Corporation|Co|Company|Ltd|Limited|Inc|Group|Holdings|Airlines|Motor|Motors|Bank|Plc|LLC|AG|SA|GmbH)\.?$/;

/** Start of the title that ends at `head`, scanning back over capitalised words and connectors. */
function titleStart(tokens: Token[], head: number, floor: number): number {
  let start = head;
  for (let k = head - 1; k >= floor; k--) {
    const token = tokens[k]!;
    if (token.closes) break;
    const word = lower(token);
    if (word === "and" || word === "of" || word === "for") {
      if (!isInstitution(tokens[k - 1]) && !isCapitalized(tokens[k - 1]?.word ?? "")) break;
      if (word === "and" && !isInstitution(tokens[k - 1])) break;
      continue;
    }
    if (word === "the") continue;
    if (!isCapitalized(token.word) || NOT_NAME_WORDS.has(word)) break;
    start = k;
  }
  // "President Dmitry Medvedev of the Russian Federation and Chairman Boris Gryzlov": the "of …"
  // after the last name is that person's; this title starts after its "and".
  if (floor > 0 && lower(tokens[floor]) === "of" && tokens.slice(floor, start).every((token) => lower(token) === "of" || lower(token) === "the")) {
    const and = tokens.slice(floor, head).findIndex((token) => lower(token) === "and");
    if (and >= 0) start = floor + and + 1;
  }
  while (start < head && TITLE_CONNECTORS.has(lower(tokens[start]))) start++;
  return start;
}

export type TitleReader = (sentence: string) => TitledMention[];

/**
 * titledMentions with a memo for one document: several stages (people, participants,
 * roles) read the same sentences, and repeated sentences are read once.
 */
export function titleReader(): TitleReader {
  const memo = new Map<string, TitledMention[]>();
  return (sentence) => {
    let found = memo.get(sentence);
    if (!found) memo.set(sentence, (found = titledMentions(sentence)));
    return found;
  };
}

// "Your Majesties King Philippe", "His Excellency Vice President Xi Jinping": an address, no office.
const ADDRESS = /^(?:(?:Your|His|Her)\s+)?(?:Majesty|Majesties|Excellency|Excellencies|(?:Royal\s+)?Highness(?:es)?)\s+/;

const MONTH_NAMES = new Set(["may", "june", "april", "august"]);

/** "Prime Minister Theresa May made …": a month's name after a given name, no day after it. */
function monthSurname(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  return (
    token !== undefined && /^\p{Lu}/u.test(token.word) && MONTH_NAMES.has(lower(token)) && !tokens[at - 1]!.closes && !/^\d/.test(tokens[at + 1]?.word ?? "")
  );
}

/** Every "Title Name" sequence in one sentence. */
export function titledMentions(sentence: string): TitledMention[] {
  // "Ambassador to the Association of Southeast Asian Nations (ASEAN) Deng Xijun": an acronym
  // in brackets is read as blanks (offsets kept), so the title runs on to the name.
  const tokens = tokenize(sentence.replace(/\s\((?:[A-Z]{2,}[a-z]?)\)(?=\s)/g, (acronym) => " ".repeat(acronym.length)));
  const found: TitledMention[] = [];
  let floor = 0;
  for (let h = 0; h < tokens.length; h++) {
    // "his Australian counterpart Anthony Albanese": the one office word written in lower case.
    // "his counterpart Romanian Prime Minister Victor Ponta": the office written out after it
    // is the title, so the mention starts there.
    const counterpart = lower(tokens[h]) === "counterpart" && !tokens.slice(h + 1, h + 5).some((token) => isHead(token) && isCapitalized(token.word));
    // "LI KEQIANG CHINESE PREMIER "Prime Minister May …"": a transcript's speaker line is in capitals.
    if (!counterpart && (!isHead(tokens[h]) || !isCapitalized(tokens[h]!.word) || tokens[h]!.possessive || /^\p{Lu}{2,}$/u.test(tokens[h]!.word))) continue;
    // "his Kyrgyz counterpart, Sooronbai Zheenbekov": the name after a comma.
    let nameStart = tokens[h]!.closes ? (counterpart && tokens[h]!.comma ? h + 1 : -1) : skipQualifiers(tokens, h + 1);
    const titleEnd = nameStart - 1;
    // "Kenyan Vice President H.E. Mr. Moody Awori": "His Excellency" abbreviated is no name either.
    if (nameStart >= 0 && /^H\.E\.?$/.test(tokens[nameStart]?.word ?? "")) nameStart++;
    // "Foreign Minister Ms. Aung San Suu Kyi": the courtesy title is no part of the name, nor of the office.
    if (nameStart >= 0 && HONORIFIC.test(tokens[nameStart]?.word ?? "")) nameStart++;
    // "Foreign Minister Dato' Seri Hishammuddin Tun Hussein": a Malaysian honour is no name.
    if (nameStart >= 0 && MALAY_HONOUR.test(tokens[nameStart]?.word ?? "")) nameStart += /^(?:Seri|Sri)$/.test(tokens[nameStart + 1]?.word ?? "") ? 2 : 1;
    if (nameStart < 0 || !isNameWord(tokens[nameStart])) continue;
    let nameEnd = nameStart;
    // Particles do not count towards the length: "Mohammed bin Salman bin Abdulaziz Al Saud"
    // is five name words, not eight.
    for (let words = 1; ;) {
      if (words >= MAX_NAME_WORDS + 1 || tokens[nameEnd]!.closes) break;
      const run = particleRun(tokens, nameEnd + 1);
      // "Faisal bin Farhan", "Ursula von der Leyen", "… Al Saud": particles inside a name.
      if (run > 0) nameEnd += run;
      else if (isNameWord(tokens[nameEnd + 1]) || monthSurname(tokens, nameEnd + 1)) nameEnd++;
      else break;
      words++;
    }
    // "Prime Minister Aleksandar Vucic Serbia witnessed …": a country after a name is no part of it.
    while (nameEnd > nameStart + 1 && countryOf(tokens[nameEnd]!.word)) nameEnd--;
    // "Cameroonian President Welcomes Chinese Premier": a headline's words, ending on a nationality, are no name.
    if (nameEnd <= nameStart + 1 && countryOf(tokens[nameEnd]!.word)) continue;
    // "China General Nuclear Power Corp": a company, whatever office word its name holds.
    if (COMPANY.test(tokens[nameEnd + 1]?.word ?? "") || COMPANY.test(tokens[nameEnd]!.word)) continue;
    // "Crown Prince of Abu Dhabi", "Commander of the UAE Armed Forces", "Vice Chairman of the
    // China International Development …": one word after an "of …" is the rest of its place or body.
    if (nameEnd === nameStart && tokens.slice(h + 1, nameStart).some((token) => lower(token) === "of")) continue;
    const titleFrom = titleStart(tokens, h, floor);
    const name = sentence.slice(tokens[nameStart]!.start, tokens[nameEnd]!.end);
    // "Your Majesties King Philippe": the address of a speech's salutation is no part of the office.
    // "Army Chief General Qamar Javed Bajwa": the rank after the office is the person's, not the office's.
    const title = sentence
      .slice(tokens[titleFrom]!.start, tokens[titleEnd]!.end)
      .replace(ADDRESS, "")
      .replace(/^(.*\b(?:Chief|Minister|Commander))\s+(?:General|Gen\.|Admiral|Marshal)$/, "$1");
    found.push({ name, title, start: tokens[titleFrom]!.start, end: tokens[nameEnd]!.end });
    floor = nameEnd + 1;
    h = nameEnd;
  }
  return found;
}

/** A title that names an office, not a relation to someone else ("his French counterpart"). */
export function isOffice(title: string | null): title is string {
  return title !== null && !/\bcounterpart\b/i.test(title);
}

/** A spokesperson briefs in the capital, far from the event: no one a learner would take for who met or who said. */
export function isSpokesperson(title: string | null): boolean {
  return /\bspokes(?:person|man|woman)\b/i.test(title ?? "");
}

export type PeopleIndex = { people: Person[]; byName: Map<string, Person> };

/** People of the whole document, each with the first title the text gives them. */
export function documentPeople(document: ParsedDocument, titles: TitleReader = titledMentions): PeopleIndex {
  const byName = new Map<string, Person>();
  // "Tomislav Nikolić" and "Tomislav Nikolic", "Sergei Lavrov" and "Sergey Lavrov": one person,
  // by the form the text gives first.
  const byFolded = new Map<string, Person>();
  const fold = (name: string) => foldAccents(name).replace(/y/g, "i");
  const untitled: string[] = [];
  for (const section of document.sections) {
    for (const { text } of sectionSentences(section)) {
      for (const mention of titles(text)) {
        const known = byName.get(mention.name) ?? byFolded.get(fold(mention.name)) ?? misspelt(mention.name, byName.values());
        if (!known) {
          const person = { name: mention.name, title: mention.title };
          byName.set(mention.name, person);
          byFolded.set(fold(mention.name), person);
        }
        // "his French counterpart" only makes sense beside the other person: prefer a real title.
        else if (!isOffice(known.title) && isOffice(mention.title)) known.title = mention.title;
        if (known && mention.name !== known.name && !known.spellings?.includes(mention.name)) known.spellings = [...(known.spellings ?? []), mention.name];
      }
      untitled.push(...untitledNames(text));
    }
  }
  // An untitled name is a person only if it is not a longer or shorter form of a known one,
  // and the text never uses it as a place ("Hong Kong said …" but also "… in Hong Kong").
  const fullText = document.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text)).join("\n");
  for (const name of new Set(untitled)) {
    const overlaps = overlapsKnown(name, [...byName.keys()], fold) || misspelt(name, byName.values());
    const asPlace = new RegExp(`\\b(?:in|to|from|visit|visited|visiting)\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(fullText);
    if (!overlaps && !asPlace) byName.set(name, { name, title: null });
  }
  // A leader the glossary knows is a person wherever the text names them, with or without a
  // title it reads ("China's top legislator Li Zhanshu Thursday met …"): otherwise "Li said"
  // would be taken for the one Li the text does title.
  for (const entry of SHARED_GLOSSARY) {
    if (entry.kind !== "person") continue;
    const name = entry.en[0]!;
    if (byName.has(name) || overlapsKnown(name, [...byName.keys()], fold)) continue;
    if (new RegExp(`(?<![\\p{L}-])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}-])`, "u").test(fullText)) byName.set(name, { name, title: null });
  }
  // "Albanese" and "Anthony Albanese", "Demeke Mekonnen" and "Demeke Mekonnen Hassen": one
  // person, known by the longest form; the shorter ones are found as its short forms.
  for (const [name, person] of [...byName]) {
    const longer = [...byName.values()].find((other) => other !== person && isPartOf(name, other.name));
    if (!longer) continue;
    if (!isOffice(longer.title) && isOffice(person.title)) longer.title = person.title;
    // "Zarar Ahmed Osmani" beside "Zarar Ahmed Moqbel Osmani": a form the text uses is a right answer.
    if (name.includes(" ") && !longer.spellings?.includes(name)) longer.spellings = [...(longer.spellings ?? []), name];
    byName.delete(name);
    byName.set(name, longer);
  }
  return { people: [...new Set(byName.values())], byName };
}
