import type { Question } from "./types";

// The rules a finished term question keeps, for check-bank.ts and its tests.

/** The rules a term question keeps: an answer among its choices (or none, typed), distinct choices, a Chinese prompt. */
export function termProblems(question: Question): string[] {
  const problems: string[] = [];
  if (question.choices.length > 0 && !question.choices.includes(question.answer)) problems.push("choices lack the answer");
  if (question.choices.length === 1) problems.push("a single choice");
  if (new Set(question.choices).size !== question.choices.length) problems.push("duplicate choices");
  if (!question.accept.includes(question.answer)) problems.push("accept lacks the answer");
  if (!/\p{Script=Han}/u.test(question.prompt.zh)) problems.push("Chinese prompt has no Chinese");
  const first = (text: string) => text.replace(/[“”"]/g, "")[0];
  if (/ is read “/.test(question.prompt.en) && !question.choices.some((choice) => choice !== question.answer && first(choice) === first(question.answer)))
    problems.push("the one choice starting with the reading's first syllable");
  return problems;
}
