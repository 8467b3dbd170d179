import type { DocumentAnalysis } from "./analysis";
import type { QuestionDraft } from "./draft";
import { eventContext } from "./event-context";
import { clauseQuestion, holderQuestion } from "./position/ask-clause";
import { phraseQuestion } from "./position/ask-phrase";
import { pointQuestions } from "./position/ask-points";
import { occasionQuestion } from "./position/ask-occasion";
import { documentOccasions } from "./position/occasions";
import { recallQuestion } from "./position/ask-recall";
import { indexPositions, overlaps } from "./position/position-index";

// Position questions test what was agreed, pledged, supported or opposed, and by whom.
// Each position gives one question:
// - a cloze that blanks its distinctive phrase (a named initiative, organisation or
//   project, or one field of a list), with wrong choices of the same sort that this party
//   never took up anywhere in the document; or, when no phrase has such choices,
// - "What did Pakistan pledge to do?", with one of its clauses as the answer and clauses
//   held by OTHER parties as wrong choices (none that this party also said); or
// - "Who said they would …?", the parties as choices.
// A cloze on a plain noun phrase was tried and dropped: wrong choices from other sentences
// (even ones that followed the same verb) read as nonsense in the blank, and blind
// examiners found 15 of 17 such questions gave their answer away.
// The makers live in position/; this file picks, per position, the first that succeeds.

export function positionQuestions(document: DocumentAnalysis): QuestionDraft[] {
  const index = indexPositions(document);
  const occasions = documentOccasions(document);
  const drafts = index.all.flatMap(({ position, section }) => {
    const analysis = document.sections.find((candidate) => candidate.section.id === section)!;
    const context = eventContext(analysis, document, position.sentence.text);
    const question =
      phraseQuestion(position, index, section, context) ??
      clauseQuestion(position, index, section, context) ??
      holderQuestion(position, index, section, context) ??
      recallQuestion(position, index, section, context) ??
      occasionQuestion(position, document, section, occasions);
    return [...(question ? [question] : []), ...pointQuestions(position, index, section, context, question)];
  });
  return onceEachRecalled(drafts);
}

/**
 * A name recalled typed is asked once a document: the corridor every release mentions,
 * typed five times, teaches it once. A name some choice question already asks is not
 * asked again typed.
 */
function onceEachRecalled(drafts: QuestionDraft[]): QuestionDraft[] {
  const asked = drafts.filter((draft) => !draft.typedAlone).map((draft) => draft.answer);
  return drafts.filter((draft) => {
    if (!draft.typedAlone) return true;
    if (asked.some((answer) => overlaps(answer, draft.answer))) return false;
    asked.push(draft.answer);
    return true;
  });
}
