import type { DocumentAnalysis } from "./analysis";
import type { QuestionDraft } from "./draft";
import { eventContext } from "./event-context";
import { phraseQuestion } from "./position/ask-phrase";
import { pointQuestions } from "./position/ask-points";
import { occasionQuestion } from "./position/ask-occasion";
import { documentOccasions } from "./position/occasions";
import { recallQuestion } from "./position/ask-recall";
import { indexPositions, overlaps } from "./position/position-index";

// Position questions test what was agreed, pledged, supported or opposed, and by whom.
// Each position gives at most one question: a cloze that blanks its distinctive phrase (a
// named initiative, organisation or project, or one field of a list), with wrong choices of
// the same sort that this party never took up anywhere in the document; or the name typed
// from memory; or the occasion it was said at.
// Two kinds were tried and dropped after blind examiners judged them on first sight:
// - a cloze on a plain noun phrase: wrong choices from other sentences (even ones that
//   followed the same verb) read as nonsense in the blank; 15 of 17 gave their answer away;
// - a whole clause among clauses ("What did Pakistan say it would do?", "Who said they
//   would …?"): other parties' clauses were defensible for this party too, and stock
//   slogans beside the one specific clause picked it; 6 of 23 GOOD over four rounds.
// The makers live in position/; this file picks, per position, the first that succeeds.

export function positionQuestions(document: DocumentAnalysis): QuestionDraft[] {
  const index = indexPositions(document);
  const occasions = documentOccasions(document);
  const drafts = index.all.flatMap(({ position, section }) => {
    const analysis = document.sections.find((candidate) => candidate.section.id === section)!;
    const context = eventContext(analysis, document, position.sentence.text);
    const question =
      phraseQuestion(position, index, section, context) ??
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
