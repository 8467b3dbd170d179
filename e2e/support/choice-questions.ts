import { getAllQuestions } from "../../lib/questions/question-banks";
import type { Question } from "../../lib/questions/types";

// Questions that stay multiple choice in every quiz mode and never form a matching grid:
// position blanks, occasions and terms asked with choices (labels form grids; the other kinds
// may be typed). Position blanks first: since the fourteenth round the seed has two of them
// (a standing term is blanked only beside a wrong choice of its own head), so specs that need
// several such questions take occasions and terms after them.
const ORDER = ["agreement", "occasion", "term"] as const;

export function alwaysChoiceQuestions(): Question[] {
  const rank = (question: Question) => ORDER.indexOf(question.kind as (typeof ORDER)[number]);
  return getAllQuestions()
    .filter((question) => rank(question) >= 0 && question.choices.length >= 3)
    .sort((a, b) => rank(a) - rank(b));
}
