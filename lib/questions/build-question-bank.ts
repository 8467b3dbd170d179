import type { ParsedDocument } from "../content/types";
import { analyseDocument } from "./analysis";
import { assemble } from "./assemble";
import type { QuestionDraft } from "./draft";
import { labelPools, labelQuestions } from "./make-label";
import { participantQuestions } from "./make-participant";
import type { BuildQuestionBank, QuestionBank } from "./types";

// The question bank of one parsed document: pure and deterministic. The same document
// and seed give the same questions, ids and choice order on every run and machine.

const DEFAULT_SEED = 20230506;

export const buildQuestionBank: BuildQuestionBank = (document: ParsedDocument, options = {}): QuestionBank => {
  const analysis = analyseDocument(document);
  const labels = labelPools(analysis);
  const drafts: QuestionDraft[] = analysis.sections.flatMap((section) => [
    ...participantQuestions(section, analysis),
    ...labelQuestions(section, labels),
  ]);
  return {
    file: document.file,
    published: document.published,
    sections: analysis.sections.map(({ section, participants }) => ({
      id: section.id,
      index: section.index,
      title: section.title,
      labelZh: section.labelZh,
      date: section.date,
      place: section.place,
      participants,
    })),
    questions: assemble(drafts, options.seed ?? DEFAULT_SEED),
  };
};
