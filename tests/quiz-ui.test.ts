import { describe, expect, it } from "vitest";
import { highlight } from "@/components/quiz/highlight";
import type { AnswerResult, SessionQuestion } from "@/components/quiz/quiz-api";
import { buildSteps, firstOpenStep } from "@/components/quiz/quiz-steps";
import { summarize } from "@/components/quiz/quiz-summary";
import type { MatchGrid } from "@/lib/quiz/session-layout";

// The quiz pages' pure helpers: how a session becomes steps (matching grids as one
// round), where a reload resumes, the summary's figures, and the source highlight.

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

describe("summarize", () => {
  it("scores, groups by kind and section, lists the misses in order and takes the server's time", () => {
    const questions = [q("a", "choice", { section: "set:a" }), q("b", "choice", { section: "set:b" }), q("c", "match", { section: "set:b" })];
    const figures = summarize(questions, { a: result("a", true), b: result("b", false), c: result("c", true) }, { durationMs: 61_000 });
    expect(figures.score).toEqual({ correct: 2, total: 3 });
    expect(figures.byKind).toEqual([
      ["date", { correct: 1, total: 2 }],
      ["label", { correct: 1, total: 1 }],
    ]);
    expect(figures.bySection).toEqual([
      ["set:a", { correct: 1, total: 1 }],
      ["set:b", { correct: 1, total: 2 }],
    ]);
    expect(figures.missed.map((question) => question.id)).toEqual(["b"]);
    expect(figures.durationMs).toBe(61_000);
  });

  it("counts an unanswered question as missed and falls back to the session's own times", () => {
    const figures = summarize([q("a", "choice")], {}, { createdAt: "2026-01-01T00:00:00Z", finishedAt: "2026-01-01T00:02:30Z" });
    expect(figures.missed).toHaveLength(1);
    expect(figures.durationMs).toBe(150_000);
  });
});

describe("highlight", () => {
  it("finds the answer case-insensitively and keeps the source's own spelling", () => {
    expect(highlight("Qin Gang met Arif Alvi in Islamabad.", ["arif alvi"])).toEqual(["Qin Gang met ", "Arif Alvi", " in Islamabad."]);
  });

  it("tries each form in turn and gives null when none occurs", () => {
    expect(highlight("On May 6, 2023 local time", ["6 May 2023", "May 6, 2023"])).toEqual(["On ", "May 6, 2023", " local time"]);
    expect(highlight("Nothing here", ["absent", ""])).toBeNull();
  });
});
