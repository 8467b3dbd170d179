import { splitClauses } from "../clauses";
import type { QuestionDraft } from "../draft";
import type { EventContext } from "../event-context";
import type { Position } from "../positions";
import { clozeDraft, phraseCandidates } from "./ask-phrase";
import { BLANK } from "./cloze-text";
import type { DocumentPositions } from "./position-index";

// An agreement of several points ("The three parties agreed to uphold …, deepen …, respect
// …, oppose …, reject …") is asked point by point: each question shows the lead and its own
// point only, so that no question prints another's answer.

const MIN_POINTS = 3;

export function pointQuestions(
  position: Position,
  index: DocumentPositions,
  section: string,
  context: EventContext | null,
  asked: QuestionDraft | null,
): QuestionDraft[] {
  if (position.stance !== "agree") return [];
  const text = position.sentence.text;
  const points = splitClauses(position.content).map((clause) => ({
    from: position.contentStart + clause.start,
    to: position.contentStart + clause.start + clause.text.length,
  }));
  if (points.length < MIN_POINTS) return [];
  const lead = text.slice(0, position.contentStart).trimEnd();
  return points.flatMap((point, i) => {
    // The point the position's own question already blanks is asked once.
    if (asked && text.indexOf(asked.answer, point.from) >= point.from && text.indexOf(asked.answer, point.from) < point.to) return [];
    const best = phraseCandidates(position, index, section, point.from, point.to)[0];
    // A point with no name or term to blank ("properly handle conflicts and differences
    // through equal consultation") is not asked: whole clauses as choices were dropped.
    if (!best) return [];
    const { phrase, choices } = best;
    const shown = `${text.slice(point.from, phrase.start)}${BLANK}${text.slice(phrase.start + phrase.text.length, point.to)}`.replace(/[,.]$/, "");
    const cloze = `${lead}${i > 0 ? " …" : ""} ${shown}${i < points.length - 1 ? " …" : "."}`;
    return [{ ...clozeDraft(position, section, context, cloze, phrase, choices, phrase.kind === "name" ? 0.85 : 0.75), asks: `point|${cloze}` }];
  });
}
