import type { DocumentAnalysis, SectionAnalysis } from "./analysis";
import type { QuestionDraft } from "./draft";
import { quoted } from "./render";

// Label questions: the Chinese label of an English headline, and the headline of a
// Chinese label. The source is the headline as it stands in the text (with the label
// on the next line when it wraps there).

export function labelPools(analysis: DocumentAnalysis): { labels: string[]; titles: string[] } {
  const labelled = analysis.document.sections.filter((section) => section.title && section.labelZh);
  return { labels: labelled.map((section) => section.labelZh!), titles: labelled.map((section) => section.title!) };
}

export function labelQuestions(
  { section }: SectionAnalysis,
  pools: { labels: string[]; titles: string[] },
): QuestionDraft[] {
  const { title, labelZh, headline } = section;
  if (!title || !labelZh || !headline) return [];
  const base = { section: section.id, kind: "label" as const, source: headline.text, sourceLine: headline.line };
  return [
    {
      ...base,
      prompt: {
        en: `Which Chinese label goes with the headline ${quoted(title)}?`,
        zh: `标题${quoted(title)}对应的中文标签是什么？`,
      },
      answer: labelZh,
      accept: [labelZh],
      pool: pools.labels,
      alsoCorrect: [],
    },
    {
      ...base,
      prompt: {
        en: `Which English headline carries the Chinese label ${quoted(labelZh)}?`,
        zh: `中文标签${quoted(labelZh)}对应的是哪一篇报道的英文标题？`,
      },
      answer: title,
      accept: [title],
      pool: pools.titles,
      alsoCorrect: [],
    },
  ];
}
