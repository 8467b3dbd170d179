import { describe, expect, it } from "vitest";
import { termsLearned, type GlossaryKind } from "./terms-learned";

const questions = new Map<string, GlossaryKind>([
  ["a", "person"],
  ["b", "person"],
  ["c", "place"],
  ["d", "term"],
]);

describe("termsLearned", () => {
  it("counts a term learned when its latest answer is right, per kind", () => {
    const answers = [
      { questionId: "a", correct: false, overridden: false },
      { questionId: "a", correct: true, overridden: false },
      { questionId: "c", correct: true, overridden: false },
      { questionId: "c", correct: false, overridden: false },
      { questionId: "d", correct: false, overridden: true },
      { questionId: "not-a-term", correct: true, overridden: false },
    ];
    expect(termsLearned(answers, questions)).toEqual([
      { kind: "person", learned: 1, total: 2 },
      { kind: "place", learned: 0, total: 1 },
      { kind: "organisation", learned: 0, total: 0 },
      { kind: "term", learned: 1, total: 1 },
    ]);
  });
});
