import type { GlossaryEntry } from "./shared-glossary";

// Terms learned per kind of glossary entry, from a learner's answers to term questions.
// Pure. A term counts as learned when its latest answer was right (or overridden as right).

export type GlossaryKind = GlossaryEntry["kind"];
export const GLOSSARY_KINDS: readonly GlossaryKind[] = ["person", "place", "organisation", "term"];
export type TermsLearned = { kind: GlossaryKind; learned: number; total: number }[];

type TermAnswer = { questionId: string; correct: boolean; overridden: boolean };

/** `answers` in the order given; `kindOf` names each term question's kind, undefined for others. */
export function termsLearned(answers: readonly TermAnswer[], questions: ReadonlyMap<string, GlossaryKind>): TermsLearned {
  const latest = new Map<string, boolean>();
  for (const answer of answers) if (questions.has(answer.questionId)) latest.set(answer.questionId, answer.correct || answer.overridden);
  return GLOSSARY_KINDS.map((kind) => ({
    kind,
    learned: [...latest].filter(([id, right]) => right && questions.get(id) === kind).length,
    total: [...questions.values()].filter((other) => other === kind).length,
  }));
}
