import { describe, expect, test } from "vitest";
import type { Question } from "@/lib/questions/types";
import { NOW, question } from "./fixtures";
import { answerSchema, createSessionSchema, isSessionId } from "./schemas";
import { buildSessionView } from "./session-view";

const bank = new Map<string, Question>(
  [
    question("p0", "participant", "set:a", { accept: ["Alvi"], answer: "Arif Alvi", source: "President Arif Alvi met Qin Gang." }),
    question("d0", "date", "set:b"),
  ].map((q) => [q.id, q]),
);
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
const stored = {
  id: "AAAAAAAAAAAAAAAAAAAAAA",
  purpose: "quiz" as const,
  mode: "typed",
  questionIds: ["p0", "gone", "d0"],
  createdAt: NOW,
  finishedAt: null,
};
const sectionOf = () => ({ title: "Talks", labelZh: "会谈" });

describe("buildSessionView", () => {
  test("unanswered questions have no result; answered ones their stored result; no summary before the end", () => {
    const view = buildSessionView(
      { ...stored, answers: [{ questionId: "p0", given: "alvy", correct: false, overridden: false, answeredAt: at(5) }] },
      (id) => bank.get(id),
      "zh",
      sectionOf,
    );
    expect(view.total).toBe(2); // a question that left the bank is dropped
    expect(view.answered).toBe(1);
    expect(view.questions.map((q) => [q.id, q.format, q.prompt])).toEqual([
      ["p0", "typed", "问题p0？"],
      ["d0", "typed", "问题d0？"],
    ]);
    expect(view.questions[0]!.result).toEqual({
      questionId: "p0",
      correct: false,
      answer: "Arif Alvi",
      source: "President Arif Alvi met Qin Gang.",
      sourceLine: 1,
      section: "set:a",
      highlight: { start: 10, end: 19 },
      given: "alvy",
      overridable: true,
      overridden: false,
      answeredAt: at(5).toISOString(),
    });
    expect(view.questions[1]!.result).toBeNull();
    expect(view.results).toEqual([view.questions[0]!.result]);
    expect(view.summary).toBeNull();
  });

  test("a finished session has its summary", () => {
    const view = buildSessionView(
      {
        ...stored,
        finishedAt: at(20),
        answers: [
          { questionId: "p0", given: "alvy", correct: true, overridden: true, answeredAt: at(5) },
          { questionId: "d0", given: "x", correct: false, overridden: false, answeredAt: at(20) },
        ],
      },
      (id) => bank.get(id),
      "en",
      sectionOf,
    );
    expect(view.questions[0]!.result).toMatchObject({ correct: true, overridden: true, overridable: false });
    expect(view.summary).toMatchObject({ total: 2, correct: 1, durationMs: 20_000, missedQuestionIds: ["d0"] });
  });
});

describe("schemas", () => {
  test("session requests: defaults absent, ranges and types enforced", () => {
    expect(createSessionSchema.safeParse({}).success).toBe(true);
    expect(createSessionSchema.safeParse({ count: 50, mode: "mixed", kinds: ["label"], sections: [] }).success).toBe(true);
    for (const bad of [
      { count: 0 },
      { count: 51 },
      { count: "5" },
      { count: 1.5 },
      { mode: "x" },
      { kinds: ["x"] },
      { questionIds: [] },
      { questionIds: ["a", "a"] },
      [],
    ]) {
      expect(createSessionSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
  test("answers: a string of at most 500 characters", () => {
    expect(answerSchema.safeParse({ questionId: "q", answer: "" }).success).toBe(true);
    expect(answerSchema.safeParse({ questionId: "q", answer: "x".repeat(501) }).success).toBe(false);
    expect(answerSchema.safeParse({ questionId: "", answer: "x" }).success).toBe(false);
  });
  test("session ids are 22 base64url characters", () => {
    expect(isSessionId("AAAAAAAAAAAAAAAAAAAAAA")).toBe(true);
    expect(isSessionId("../../etc/passwd")).toBe(false);
    expect(isSessionId("A".repeat(23))).toBe(false);
  });
});
