import { COUNTRIES, countryOf, countryOfCapital } from "../content/gazetteer";
import { glossaryEntry } from "../glossary/shared-glossary";
import { escapeRegExp } from "../text/escape-reg-exp";
import type { DocumentAnalysis } from "./analysis";
import type { Person } from "./people";
import { documentVisitor } from "./event-context";
import { peopleCountries } from "./positions";

// A foreign official in a Chinese prompt, named by country and office ("斯里兰卡总统") as
// Chinese releases do, when the glossary has no Chinese for the name: "Gotabaya Rajapaksa
// 何时在科伦坡会见王毅" reads as neither language. Only offices whose Chinese does not depend
// on anything but the country are rendered; a prime minister (总理 or 首相, by country), a
// minister of anything else or an office the table lacks keeps the name as written. Pure.
// A prime minister is 首相 in some countries and 总理 in others: only the countries listed
// below are rendered.

/** Foreign ministers styled 外交大臣 (外务大臣 for Japan) in Chinese releases. */
const MINISTER_STYLED = new Set(["United Kingdom", "Saudi Arabia", "Bahrain", "Kuwait", "Oman", "Qatar", "Jordan", "Morocco"]);

/** Heads of government styled 首相 in Chinese releases. */
const SHOUXIANG = new Set([
  "United Kingdom",
  "Japan",
  "Cambodia",
  "Spain",
  "Sweden",
  "Netherlands",
  "Belgium",
  "Denmark",
  "Norway",
  "Luxembourg",
  "Jordan",
  "Kuwait",
  "Qatar",
  "Bahrain",
  "Morocco",
  "Bhutan",
  "Saudi Arabia",
]);
/** … and 总理. */
const ZONGLI = new Set([
  "Pakistan",
  "India",
  "Bangladesh",
  "Nepal",
  "Sri Lanka",
  "Australia",
  "New Zealand",
  "Canada",
  "Italy",
  "Portugal",
  "Greece",
  "Hungary",
  "Poland",
  "Czechia",
  "Slovakia",
  "Russia",
  "Belarus",
  "Ukraine",
  "Vietnam",
  "Laos",
  "Singapore",
  "Malaysia",
  "Thailand",
  "Ethiopia",
  "Egypt",
  "Fiji",
  "Papua New Guinea",
  "Solomon Islands",
  "Samoa",
  "Vanuatu",
  "Ireland",
  "Israel",
  "Armenia",
  "Georgia",
  "France",
  "Croatia",
  "Serbia",
  "Romania",
  "Bulgaria",
  "Finland",
  "Estonia",
  "Latvia",
  "Lithuania",
  "Mongolia",
  "Iraq",
  "Lebanon",
  "Syria",
  "United Arab Emirates",
]);

const FOREIGN_MINISTER_STYLES =
  /^(?:Minister\s+(?:for|of)\s+Europe\s+and\s+Foreign\s+Affairs|Minister\s+(?:of|for)\s+Foreign\s+Affairs\s+and\s+(?:Trade|International\s+Cooperation|Cooperation|Worship|Emigrants|Expatriates)|Foreign\s+Secretary|(?:the\s+)?Secretary\s+of\s+State\s+for\s+Foreign(?:,|\s+and)\s+Commonwealth(?:\s+and\s+Development)?\s+Affairs)$/i;

const UN_CHIEF = /^(?:(?:UN|U\.N\.|United Nations)\s+Secretary[- ]General|Secretary[- ]General\s+of\s+the\s+(?:UN|U\.N\.|United Nations))$/i;

function officeZh(office: string, country: string): string | null {
  // A foreign minister by a longer style: "Minister for Europe and Foreign Affairs" (France),
  // "Minister of Foreign Affairs and Trade", Britain's "Secretary of State for Foreign,
  // Commonwealth and Development Affairs" or "Foreign Secretary": each one's 外长 or 外交大臣.
  if (FOREIGN_MINISTER_STYLES.test(office)) return officeZh("Foreign Minister", country);
  // "Deputy Prime Minister and Foreign Minister" → 副总理兼外长, when both halves have their Chinese.
  const both = /^(.+?)\s+and\s+(.+)$/.exec(office);
  if (both) {
    const [first, second] = [officeZh(both[1]!, country), officeZh(both[2]!, country)];
    return first && second ? `${first}兼${second}` : null;
  }
  if (/^Prime Minister$/i.test(office)) return SHOUXIANG.has(country) ? "首相" : ZONGLI.has(country) ? "总理" : null;
  if (/^Deputy Prime Minister$/i.test(office)) return SHOUXIANG.has(country) ? "副首相" : ZONGLI.has(country) ? "副总理" : null;
  if (/^President$/i.test(office)) return "总统";
  if (/^Vice[- ]President$/i.test(office)) return "副总统";
  if (/^(?:Foreign Minister|Minister (?:of|for) Foreign Affairs)$/i.test(office)) {
    if (country === "Japan") return "外务大臣";
    return MINISTER_STYLED.has(country) ? "外交大臣" : "外长";
  }
  if (/^King$/.test(office)) return "国王";
  if (/^Crown Prince$/.test(office)) return "王储";
  if (/^Emir$/.test(office)) return "埃米尔";
  if (/^Secretary of State$/.test(office) && country === "United States") return "国务卿";
  if (/^(?:Federal )?Chancellor$/.test(office) && (country === "Germany" || country === "Austria")) return "总理";
  return null;
}

/** The office words of a title, without the country it names ("Sri Lankan President" → "President"). */
function officeOf(title: string, country: string): string {
  const forms = COUNTRIES.find((candidate) => candidate.name === country);
  let office = ` ${title.replace(/['’]s\b/g, "")} `;
  for (const form of [...(forms?.names ?? []), forms?.adjective ?? "", ...(forms?.adjectives ?? [])].filter(Boolean).sort((a, b) => b.length - a.length)) {
    office = office.replace(new RegExp(`\\s(?:of\\s+)?(?:the\\s+)?${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=\\s)`, "gi"), " ");
  }
  // "Ecuadorian President": a regular form of the country's adjective the data leaves out.
  return office
    .split(/\s+/)
    .filter((word) => word && countryOf(word)?.name !== country)
    .join(" ");
}

/**
 * "President Abdel Fattah el-Sisi" met in Cairo, his country never named: a head of state or
 * government with a bare office, met only in one foreign capital, is that country's.
 */
function hostCountry(document: DocumentAnalysis, person: Person, visitor: string | null): string | undefined {
  // The visitor is the one who travels there, never the host.
  if (!person.title || !/^(?:President|Prime Minister|King)$/.test(person.title) || person.name === visitor) return undefined;
  // "President Xi Jinping", whose greetings the visitor conveys in Tashkent: the glossary knows
  // whose president he is, and that he was not the host.
  if (glossaryEntry(person.name)?.kind === "person") return undefined;
  const capitals = new Set(
    document.sections
      .filter((analysis) => analysis.participants.some((participant) => participant.name === person.name))
      .map((analysis) => (analysis.section.place ? countryOfCapital(analysis.section.place.split(/,\s*/)[0]!)?.name : undefined)),
  );
  const [only] = capitals;
  return capitals.size === 1 && only && only !== "China" ? only : undefined;
}

/** Whether the text calls the person a former holder of the office ("former … President Nelson Mandela"). */
function formerly(name: string, texts: readonly string[]): boolean {
  const pattern = new RegExp(`\\b[Ff]ormer\\s+(?:[\\p{L}.'’-]+\\s+){0,5}${escapeRegExp(name)}\\b`, "u");
  return texts.some((text) => pattern.test(text));
}

/** English name → Chinese by country and office, for every foreign official whose rendering is one and unique. */
export function peopleByOffice(document: DocumentAnalysis): Map<string, string> {
  const countries = peopleCountries(document);
  const visitor = documentVisitor(document);
  const byName = new Map<string, string>();
  const uses = new Map<string, number>();
  const texts = document.sections.flatMap((analysis) => analysis.sentences.map((sentence) => sentence.text));
  const visitorTitle = document.people.find((person) => person.name === visitor)?.title;
  const visitorOffice = visitorTitle ? officeOf(visitorTitle, "China") : null;
  for (const person of document.people) {
    // "former South African President Nelson Mandela" holds the office no more.
    if (formerly(person.name, texts)) continue;
    // "UN Secretary-General Ban Ki-moon" is 联合国秘书长, of no country.
    if (person.title && UN_CHIEF.test(person.title)) {
      byName.set(person.name, "联合国秘书长");
      uses.set("联合国秘书长", (uses.get("联合国秘书长") ?? 0) + 1);
      continue;
    }
    const country = countries.get(person) ?? hostCountry(document, person, visitor);
    if (!person.title || !country || country === "China") continue;
    const countryZh = countryOf(country)?.zh;
    // "his French counterpart Nicolas Sarkozy": the visitor's office, of his own country.
    const own = officeOf(person.title, country);
    const office = officeZh(/^counterpart$/i.test(own) && visitorOffice ? visitorOffice : own, country);
    if (!countryZh || !office) continue;
    const zh = `${countryZh}${office}`;
    byName.set(person.name, zh);
    uses.set(zh, (uses.get(zh) ?? 0) + 1);
  }
  // Two people of one country and office (a king and his successor) cannot share one name.
  return new Map([...byName].filter(([, zh]) => uses.get(zh) === 1));
}
