import type { QuestionKind } from "./types";

// What a question maker produces before the assembler adds choices and an id.
// Distractors are drawn later from `pool`, skipping `alsoCorrect`, so that every
// maker states only what is true and the assembler alone handles randomness.

export type QuestionDraft = {
  section: string;
  kind: QuestionKind;
  prompt: { en: string; zh: string };
  answer: string;
  accept: string[];
  source: string;
  sourceLine: number;
  /** Candidates of the same type as the answer (may include the answer itself). */
  pool: readonly string[];
  /** Values that would also be right and so must never be offered as wrong choices. */
  alsoCorrect: readonly string[];
  /**
   * What the question asks, when two differently worded prompts can ask the same thing
   * ("the ____ round of China-Pakistan …" in two sentences). Defaults to the prompt.
   */
  asks?: string;
  /**
   * How much the question is worth asking, 0–1: what it teaches and how sure its
   * extraction is. The assembler keeps only questions at or above the bank's threshold.
   */
  score?: number;
  /**
   * The answer is the only one a learner could type (no one else took part), so with too few
   * fair wrong choices the question is still asked, typed. Without it, such a question is dropped.
   */
  typedAlone?: boolean;
};
