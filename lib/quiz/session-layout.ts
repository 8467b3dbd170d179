import type { Question } from "@/lib/questions/types";
import { mulberry32, fnv1a, shuffled } from "../random";
import { fairGrid, promptCue, type FairGrid } from "./fair-grid";
import { isTypeable } from "@/lib/questions/kinds";

// How a session's questions are presented: each one as multiple choice, typed, or as
// a row of a matching grid. Derived from the questions, the mode and a seed (the
// session id's hash), so it is never stored and is the same on every read.

export const SESSION_MODES = ["choice", "typed", "mixed"] as const;
export type SessionMode = (typeof SESSION_MODES)[number];
export type AnswerFormat = "choice" | "typed" | "match";

/** Label questions come in two directions; each direction forms its own grid. */
export type MatchGroup = "label" | "headline";

export type MatchGrid = {
  group: MatchGroup;
  /** The grid's rows, in session order. */
  questionIds: string[];
  /** Every row's answer and any decoys (see ./fair-grid.ts), shuffled: the right-hand column. */
  choices: string[];
};

export type SessionLayout = {
  /** The questions in the order they are asked (a grid's rows are kept together). */
  questions: Question[];
  formats: Record<string, AnswerFormat>;
  /**
   * Each multiple-choice question's options in this session's order: shuffled by the
   * session's seed and the question's id, so two sessions of the same questions show
   * different orders (no learning "it's option 2") and a reload shows the same one.
   */
  choices: Record<string, string[]>;
  matching: MatchGrid[];
};

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** Which grid a label question belongs to: Chinese-label answers or English-headline answers. */
export function matchGroupOf(question: Pick<Question, "kind" | "answer">): MatchGroup | null {
  if (question.kind !== "label") return null;
  return CJK.test(question.answer) ? "label" : "headline";
}

export function layoutSession(questions: readonly Question[], mode: SessionMode, seed: number): SessionLayout {
  const groups = new Map<MatchGroup, Question[]>();
  const gridAnswers = new Set<string>();
  for (const question of questions) {
    const group = matchGroupOf(question);
    // One row per answer: a second row with the same answer could never be matched once
    // the first has used it, so it is asked on its own.
    if (!group || gridAnswers.has(question.answer)) continue;
    gridAnswers.add(question.answer);
    groups.set(group, [...(groups.get(group) ?? []), question]);
  }
  // Each direction's rows, made fair (rows given away by a shared number or name get a
  // decoy or are asked on their own); fewer than two rows make no grid.
  const fair = new Map<MatchGroup, FairGrid>();
  for (const [group, rows] of groups) fair.set(group, fairGrid(rows.map((question) => ({ question, cue: promptCue(question) }))));
  const inGrid = new Set([...fair.values()].flatMap((grid) => grid.rows.map((row) => row.id)));

  const grids: MatchGrid[] = [];
  const formats: Record<string, AnswerFormat> = {};
  const choices: Record<string, string[]> = {};
  for (const question of questions) {
    formats[question.id] = inGrid.has(question.id) ? "match" : plainFormat(question, mode, seed);
    if (formats[question.id] === "choice") choices[question.id] = shuffleChoices(question, seed);
  }
  const rng = mulberry32(seed);
  for (const group of ["label", "headline"] as const) {
    const grid = fair.get(group);
    if (!grid || grid.rows.length < 2) continue;
    const answers = [...new Set([...grid.rows.map((row) => row.answer), ...grid.decoys])];
    grids.push({ group, questionIds: grid.rows.map((row) => row.id), choices: shuffled(answers, rng) });
  }
  return { questions: keepGridsTogether(questions, grids), formats, choices, matching: grids };
}

/** The question's options in the session's order (its own seed, so other questions do not shift it). */
export function shuffleChoices(question: Pick<Question, "id" | "choices">, seed: number): string[] {
  return shuffled(question.choices, mulberry32((seed ^ fnv1a(`choices:${question.id}`)) >>> 0));
}

/**
 * The order explicit questions (a retry, a review) are asked in: shuffled by the
 * session's seed, so a retry does not repeat the order the learner has just seen.
 */
export function sessionOrder<T>(questions: readonly T[], seed: number): T[] {
  return shuffled(questions, mulberry32((seed ^ 0x9e3779b9) >>> 0));
}

// Each question's coin in mixed mode depends only on the seed and its id, so the
// layout does not change when the same questions are read back in another order.
function plainFormat(question: Question, mode: SessionMode, seed: number): AnswerFormat {
  // A question without at least two choices can only be typed.
  if (question.choices.length < 2) return "typed";
  if (!isTypeable(question.kind) || question.choiceOnly || mode === "choice") return "choice";
  if (mode === "typed") return "typed";
  return mulberry32(seed ^ fnv1a(question.id))() < 0.5 ? "typed" : "choice";
}

/** Moves each grid's rows next to its first row, so the grid is one step of the quiz. */
function keepGridsTogether(questions: readonly Question[], grids: readonly MatchGrid[]): Question[] {
  const gridOf = new Map<string, MatchGrid>();
  for (const grid of grids) for (const id of grid.questionIds) gridOf.set(id, grid);
  const byId = new Map(questions.map((question) => [question.id, question]));
  const placed = new Set<string>();
  const ordered: Question[] = [];
  for (const question of questions) {
    if (placed.has(question.id)) continue;
    const grid = gridOf.get(question.id);
    const ids = grid ? grid.questionIds : [question.id];
    for (const id of ids) {
      placed.add(id);
      ordered.push(byId.get(id)!);
    }
  }
  return ordered;
}
