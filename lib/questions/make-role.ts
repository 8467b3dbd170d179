import type { DocumentAnalysis, SectionAnalysis } from "./analysis";
import type { QuestionDraft } from "./draft";
import { isOffice } from "./people";

// Role questions, asked once per person of the visit where the text first gives their
// title: "What title does the text give Amir Khan Muttaqi?". (The reverse, "Who is the
// Pakistani Chief of Army Staff?", asked the same fact twice.)

const key = (title: string) => title.toLowerCase().replace(/^(?:the\s+)/, "");
/** "President" and "Pakistani President" name the same office: either could be meant. */
const sameOffice = (a: string, b: string) => key(a).endsWith(key(b)) || key(b).endsWith(key(a));

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

export function roleQuestions(analysis: SectionAnalysis, document: DocumentAnalysis, index: RoleIndex): QuestionDraft[] {
  const drafts: QuestionDraft[] = [];
  const id = analysis.section.id;
  // Titles of the people who took part in the visit; a leader only mentioned is no fact of it.
  const taking = new Set(document.sections.flatMap((section) => section.participants.map((participant) => participant.name)));
  for (const { text, line } of analysis.sentences) {
    for (const mention of document.titles(text)) {
      const title = mention.title;
      if (!isOffice(title) || index.firstSection.get(mention.name) !== id || !taking.has(mention.name)) continue;
      const person = document.people.find((candidate) => candidate.name === mention.name);
      if (!person || drafts.some((draft) => draft.accept.includes(mention.name))) continue;
      const own = index.titlesOf.get(mention.name) ?? [];
      const base = { section: id, kind: "role" as const, source: text, sourceLine: line };
      drafts.push({
        ...base,
        prompt: { en: `What title does the text give ${mention.name}?`, zh: `文中${mention.name}的职务是什么？` },
        answer: title,
        accept: [...new Set([title, ...own])],
        pool: index.offices,
        alsoCorrect: index.allTitles.filter((title) => own.some((mine) => sameOffice(mine, title))),
        score: 0.8,
      });
    }
  }
  return drafts;
}
