import type { QuestionKind } from "./types";

// What each kind of question is, in one exhaustive record: adding a kind to
// QUESTION_KINDS fails to compile here (and in the message files, whose
// `kind.<kind>` keys are typed) until it says how it behaves. Type-only imports, so
// client components can read it.

type KindTraits = {
  /** Short enough to type (a name, a date, a place, a number); otherwise it stays multiple choice in typed and mixed sessions, and the quiz says so. */
  typeable: boolean;
  /** A fact of the event: never taken from a photo caption, which may show another moment than the report. */
  eventFact: boolean;
};

export const KIND_TRAITS: Record<QuestionKind, KindTraits> = {
  participant: { typeable: true, eventFact: true },
  date: { typeable: true, eventFact: true },
  agreement: { typeable: false, eventFact: false },
  label: { typeable: false, eventFact: false },
  place: { typeable: true, eventFact: true },
  number: { typeable: true, eventFact: false },
  role: { typeable: true, eventFact: false },
  quote: { typeable: true, eventFact: false },
  term: { typeable: false, eventFact: false },
};

export function isTypeable(kind: QuestionKind): boolean {
  return KIND_TRAITS[kind].typeable;
}
