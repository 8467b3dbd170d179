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
  /** Asked typed when no fair wrong choices exist: its blank is a short name (choice questions of the kind stay choices). */
  recalled: boolean;
};

export const KIND_TRAITS: Record<QuestionKind, KindTraits> = {
  participant: { typeable: true, eventFact: true, recalled: false },
  date: { typeable: true, eventFact: true, recalled: false },
  agreement: { typeable: false, eventFact: false, recalled: true },
  label: { typeable: false, eventFact: false, recalled: false },
  place: { typeable: true, eventFact: true, recalled: false },
  number: { typeable: true, eventFact: false, recalled: false },
  role: { typeable: true, eventFact: false, recalled: false },
  quote: { typeable: true, eventFact: false, recalled: false },
  term: { typeable: false, eventFact: false, recalled: false },
  occasion: { typeable: false, eventFact: false, recalled: false },
};

export function isTypeable(kind: QuestionKind): boolean {
  return KIND_TRAITS[kind].typeable;
}
