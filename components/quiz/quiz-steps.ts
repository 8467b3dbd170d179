import type { MatchGrid, MatchGroup } from "@/lib/quiz/session-layout";
import type { AnswerResult, SessionQuestion } from "./quiz-api";

// A session's questions become steps shown one at a time. The rows of a matching grid
// (the API keeps them next to each other) form one matching round, with the grid's
// shuffled answers as the right-hand column.
export type QuizStep =
  | { type: "single"; question: SessionQuestion; first: number; last: number }
  | { type: "match"; group: MatchGroup; questions: SessionQuestion[]; choices: string[]; first: number; last: number };

export function buildSteps(questions: readonly SessionQuestion[], grids: readonly MatchGrid[]): QuizStep[] {
  const gridOf = new Map<string, MatchGrid>();
  for (const grid of grids) for (const id of grid.questionIds) gridOf.set(id, grid);
  const stepOfGrid = new Map<MatchGrid, Extract<QuizStep, { type: "match" }>>();
  const steps: QuizStep[] = [];
  questions.forEach((question, index) => {
    const position = index + 1;
    const grid = question.format === "match" ? gridOf.get(question.id) : undefined;
    if (!grid) {
      steps.push({ type: "single", question, first: position, last: position });
      return;
    }
    const step = stepOfGrid.get(grid);
    if (step) {
      step.questions.push(question);
      step.last = position;
      return;
    }
    const created = { type: "match" as const, group: grid.group, questions: [question], choices: grid.choices, first: position, last: position };
    stepOfGrid.set(grid, created);
    steps.push(created);
  });
  return steps;
}

export function stepQuestions(step: QuizStep): SessionQuestion[] {
  return step.type === "single" ? [step.question] : step.questions;
}

export function stepDone(step: QuizStep, results: Record<string, AnswerResult>): boolean {
  return stepQuestions(step).every((q) => results[q.id] !== undefined);
}

/** Where a (re)loaded session resumes: the first step with a question left to answer. */
export function firstOpenStep(steps: QuizStep[], results: Record<string, AnswerResult>): number {
  const open = steps.findIndex((step) => !stepDone(step, results));
  return open === -1 ? steps.length : open;
}
