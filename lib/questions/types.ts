import type { ParsedDocument } from "../content/types";
import type { GlossaryEntry } from "../glossary/shared-glossary";

// The question bank's vocabulary. Closed unions, so a new kind is a compile error
// everywhere that must handle it. "role" ("What office does the text give X?") is no longer
// made (20 of 36 GOOD in the blind reviews of rounds 8–12, 5 of 12 on first sight in the
// thirteenth; the answer often the one choice naming a country), but stays a kind: progress
// exported before still names it.

export const QUESTION_KINDS = ["participant", "date", "agreement", "label", "place", "number", "role", "quote", "term", "occasion"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export type LocalizedText = { en: string; zh: string };

export type Question = {
  /** Stable: the same text gives the same id on every run, so stored progress stays valid. */
  id: string;
  /** The parser's section id (`<set>:<section>`). */
  section: string;
  kind: QuestionKind;
  prompt: LocalizedText;
  /** Multiple-choice options including the answer, in a seeded order; up to four. */
  choices: string[];
  answer: string;
  /** Typed answers graded as right (lenient forms: "Muttaqi", "Amir Khan Muttaqi"). */
  accept: string[];
  /** The sentence the question came from, verbatim. */
  source: string;
  /** 1-based line of the source sentence in the document. */
  sourceLine: number;
  /** How much the question is worth asking, 0–1: sessions serve the best first. */
  score: number;
  /**
   * Asked as multiple choice even in typed sessions: a person's name with no Chinese form the
   * key could accept, whom a learner of the Chinese interface would write in Chinese.
   */
  choiceOnly?: true;
  /** A `term` question's glossary entry kind (person, place, organisation, term): the dashboard counts terms learned per kind. */
  glossaryKind?: GlossaryEntry["kind"];
};

export type Participant = { name: string; title: string | null };

export type SectionFacts = {
  id: string;
  index: number;
  title: string | null;
  labelZh: string | null;
  date: string | null;
  place: string | null;
  participants: Participant[];
};

export type QuestionBank = {
  file: string;
  published: string;
  sections: SectionFacts[];
  questions: Question[];
};

/** Signature every consumer relies on: pure, deterministic, no I/O, no clock. */
export type BuildQuestionBank = (
  document: ParsedDocument,
  /** `glossary`: the document's glossary (names in Chinese, term questions); the shared one by default. */
  options?: { seed?: number; glossary?: readonly GlossaryEntry[] },
) => QuestionBank;
