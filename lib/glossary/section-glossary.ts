import subset from "../../content/glossary/cedict-subset.json";
import type { Section } from "../content/types";
import { sectionTexts } from "../content/section-texts";
import { getDocumentGlossary } from "./document-glossary";
import { findTerms } from "./find-terms";
import { segmentLabel, type LabelWord } from "./segment-label";
import type { GlossaryEntry } from "./shared-glossary";
import { toTermCard, type TermCard } from "./term-card";

// What a study page needs of the glossary: the document's entries (to mark terms in the
// text), the label's words, and the entries the section names, in order of first mention.
// Server and build code only (reads the document's glossary file).

export type SectionGlossary = { glossary: GlossaryEntry[]; labelWords: LabelWord[]; cards: TermCard[] };

export function sectionGlossary(slug: string, section: Section): SectionGlossary {
  const glossary = getDocumentGlossary(slug);
  const texts = sectionTexts(section);
  const named = [...new Set(texts.flatMap((text) => findTerms(text, glossary).map((match) => match.entry)))];
  return {
    glossary,
    labelWords: section.labelZh ? segmentLabel(section.labelZh, glossary, subset) : [],
    cards: named.map(toTermCard),
  };
}
