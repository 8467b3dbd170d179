import type { Question, QuestionKind } from "@/lib/questions/types";

// Small plain questions for the quiz logic's unit tests.
export function question(id: string, kind: QuestionKind, section: string, overrides: Partial<Question> = {}): Question {
  return {
    id,
    section,
    kind,
    prompt: { en: `Question ${id}?`, zh: `问题${id}？` },
    choices: [`${id}-a`, `${id}-b`, `${id}-c`, `${id}-d`],
    answer: `${id}-a`,
    accept: [],
    source: `The answer is ${id}-a.`,
    sourceLine: 1,
    score: 0.8,
    ...overrides,
  };
}

export const NOW = new Date("2026-03-01T09:00:00Z");
