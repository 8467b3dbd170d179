import type { ParsedDocument } from "../content/types";
import { sectionTexts } from "../content/section-texts";
import type { GlossaryEntry } from "../glossary/shared-glossary";

// A person's office in a term prompt ("Write 'Vladimir Putin' (President of Russia) …") is the
// glossary's, which is of one time: a document that gives the person another office ("Russian
// Prime Minister Vladimir Putin", 2010) is of another, and the prompt names no office then.

const OFFICE_HEADS =
  /\b(President|Prime Minister|Premier|Chancellor|King|Queen|Foreign Minister|Vice President|Vice Premier|Secretary of State|Secretary-General)\b/;

/** The glossary people whose office the document states otherwise. */
export function outdatedOffices(document: ParsedDocument, glossary: readonly GlossaryEntry[]): Set<GlossaryEntry> {
  const text = document.sections.flatMap(sectionTexts).join("\n");
  const outdated = new Set<GlossaryEntry>();
  for (const entry of glossary) {
    if (entry.kind !== "person" || !entry.title) continue;
    // "Vice Premier (2018–2023), Vice President of China (from March 2023)": each office counts.
    const heads = [...entry.title.matchAll(new RegExp(OFFICE_HEADS.source, "g"))].map((match) => match[1]);
    const name = entry.en[0]!;
    if (heads.length === 0 || !text.includes(name)) continue;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const offices = [...text.matchAll(new RegExp(`${OFFICE_HEADS.source}\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}${escaped}`, "gu"))].map((match) => match[1]);
    if (offices.length > 0 && !offices.some((office) => heads.includes(office))) outdated.add(entry);
  }
  return outdated;
}

/**
 * Offices whose Chinese is one country's: 外交大臣 is Britain's Foreign Secretary (the
 * Philippines' is 外长, India's a civil servant), 国务卿 the American Secretary of State.
 */
const ONE_COUNTRYS: Record<string, string> = { "Foreign Secretary": "United Kingdom", "Secretary of State": "United States" };

/** Such an office is asked only in a document that names its country. */
export function foreignRendering(entry: GlossaryEntry, countries: ReadonlySet<string>): boolean {
  const country = ONE_COUNTRYS[entry.en[0]!];
  return country !== undefined && !countries.has(country);
}
