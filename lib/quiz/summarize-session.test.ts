import { describe, expect, test } from "vitest";
import { NOW } from "./fixtures";
import { summarizeSession } from "./summarize-session";

const questions = [
  { id: "q1", kind: "participant" as const, section: "set:a" },
  { id: "q2", kind: "date" as const, section: "set:a" },
  { id: "q3", kind: "participant" as const, section: "set:b" },
  { id: "q4", kind: "label" as const, section: "set:b" },
];
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe("summarizeSession", () => {
  test("score, per kind, per section, time and missed questions", () => {
    const summary = summarizeSession(NOW, questions, [
      { questionId: "q3", correct: false, answeredAt: at(40) },
      { questionId: "q1", correct: true, answeredAt: at(10) },
      { questionId: "q2", correct: true, answeredAt: at(25) },
      { questionId: "q4", correct: false, answeredAt: at(95) },
    ]);
    expect(summary).toEqual({
      total: 4,
      answered: 4,
      correct: 2,
      score: 0.5,
      kinds: [
        { kind: "participant", total: 2, correct: 1 },
        { kind: "date", total: 1, correct: 1 },
        { kind: "label", total: 1, correct: 0 },
      ],
      sections: [
        { sectionId: "set:a", total: 2, correct: 2 },
        { sectionId: "set:b", total: 2, correct: 0 },
      ],
      startedAt: NOW.toISOString(),
      lastAnsweredAt: at(95).toISOString(),
      durationMs: 95_000,
      missedQuestionIds: ["q3", "q4"],
    });
  });

  test("an unanswered session scores zero and took no time", () => {
    const summary = summarizeSession(NOW, questions, []);
    expect(summary.answered).toBe(0);
    expect(summary.score).toBe(0);
    expect(summary.durationMs).toBe(0);
    expect(summary.missedQuestionIds).toEqual([]);
  });
});
