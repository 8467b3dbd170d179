import type { ParsedDocument } from "../content/types";
import { sectionTexts } from "../content/section-texts";
import { getDocumentGlossary, loadDocumentEntries } from "./document-glossary";
import { findTerms } from "./find-terms";
import type { GlossaryEntry } from "./shared-glossary";

// The entries that apply to one document: its own file's, and the shared ones its text
// names, people first, then places, organisations and terms. Server and build code only.

const ORDER: GlossaryEntry["kind"][] = ["person", "place", "organisation", "term"];

export function documentEntries(document: ParsedDocument): GlossaryEntry[] {
  const glossary = getDocumentGlossary(document.slug);
  const own = new Set(loadDocumentEntries(document.slug).map((entry) => entry.zh));
  const text = document.sections.flatMap(sectionTexts).join("\n");
  const named = new Set(findTerms(text, glossary).map((match) => match.entry));
  return glossary
    .filter((entry) => (own.has(entry.zh) && entry.category !== "abbreviation") || named.has(entry))
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}
