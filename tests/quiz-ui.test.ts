import { describe, expect, it } from "vitest";
import type { AnswerResult, SessionQuestion } from "@/components/quiz/quiz-api";
import { buildSteps, firstOpenStep } from "@/components/quiz/quiz-steps";
import type { MatchGrid } from "@/lib/quiz/session-layout";

// The quiz pages' pure helpers: how a session becomes steps (matching grids as one
// round) and where a reload resumes. The summary and the highlight come from the
// server (lib/quiz/summarize-session.ts, findInSource) and are tested there.

const q = (id: string, format: SessionQuestion["format"], extra: Partial<SessionQuestion> = {}): SessionQuestion => ({
  id,
  kind: format === "match" ? "label" : "date",
  section: extra.section ?? "set:a",
  prompt: `prompt ${id}`,
  format,
  ...extra,
});

const result = (questionId: string, correct: boolean): AnswerResult => ({
  questionId,
  correct,
  answer: "x",
  source: "x",
  sourceLine: 1,
  section: "set:a",
  highlight: null,
  given: "y",
  overridable: false,
  overridden: false,
  answeredAt: "2026-01-01T00:00:00.000Z",
});

describe("buildSteps", () => {
  const grid: MatchGrid = { group: "headline", questionIds: ["m1", "m2", "m3"], choices: ["C", "A", "B"] };

  it("makes a grid's rows one matching step with the grid's answers, numbered by question", () => {
    const steps = buildSteps([q("a", "choice"), q("m1", "match"), q("m2", "match"), q("m3", "match"), q("b", "typed")], [grid]);
    expect(steps.map((step) => [step.type, step.first, step.last])).toEqual([
      ["single", 1, 1],
      ["match", 2, 4],
      ["single", 5, 5],
    ]);
    const round = steps[1]!;
    expect(round.type === "match" && round.questions.map((question) => question.id)).toEqual(["m1", "m2", "m3"]);
    expect(round.type === "match" && [round.group, round.choices]).toEqual(["headline", ["C", "A", "B"]]);
  });

  it("keeps two grids apart and treats a match question without a grid as a single step", () => {
    const other: MatchGrid = { group: "label", questionIds: ["n1", "n2"], choices: ["甲", "乙"] };
    const steps = buildSteps([q("m1", "match"), q("m2", "match"), q("m3", "match"), q("n1", "match"), q("n2", "match"), q("lone", "match")], [grid, other]);
    expect(steps.map((step) => [step.type, step.first, step.last])).toEqual([
      ["match", 1, 3],
      ["match", 4, 5],
      ["single", 6, 6],
    ]);
  });

  it("resumes at the first step with a question left, or past the end when all are answered", () => {
    const steps = buildSteps([q("a", "choice"), q("m1", "match"), q("m2", "match"), q("m3", "match")], [grid]);
    expect(firstOpenStep(steps, {})).toBe(0);
    expect(firstOpenStep(steps, { a: result("a", true), m1: result("m1", false) })).toBe(1);
    const all = Object.fromEntries(["a", "m1", "m2", "m3"].map((id) => [id, result(id, true)]));
    expect(firstOpenStep(steps, all)).toBe(2);
  });
});
