import { describe, expect, test } from "vitest";
import { groupBySession, importSchema } from "./import-schema";

const answer = (sessionId: string, questionId: string, answeredAt: string) => ({
  sessionId,
  questionId,
  sectionId: "set:a",
  kind: "date" as const,
  given: "x",
  correct: true,
  overridden: false,
  answeredAt,
});

describe("import schema", () => {
  test("an export passes; extra report fields are ignored", () => {
    const parsed = importSchema.safeParse({
      report: {
        generatedAt: "2026-03-01T09:00:00.000Z",
        sections: [{ sectionId: "set:a", studied: true, studiedAt: "2026-03-01T09:00:00.000Z", title: "T" }],
        sessions: [],
      },
      answers: [answer("s1", "q1", "2026-03-01T09:00:00.000Z")],
    });
    expect(parsed.success).toBe(true);
  });

  test("wrong types, unknown kinds and bad dates are refused, naming the field", () => {
    const parsed = importSchema.safeParse({ report: { sections: [] }, answers: [{ ...answer("s1", "q1", "yesterday"), kind: "riddle" }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.path.join("."))).toEqual(expect.arrayContaining(["answers.0.kind", "answers.0.answeredAt"]));
    expect(importSchema.safeParse({ answers: [] }).success).toBe(false);
  });

  test("answers are grouped by session, oldest first", () => {
    const groups = groupBySession([
      answer("s2", "q3", "2026-03-02T00:00:00Z"),
      answer("s1", "q2", "2026-03-01T10:00:00Z"),
      answer("s1", "q1", "2026-03-01T09:00:00Z"),
    ]);
    expect([...groups.keys()]).toEqual(["s1", "s2"]);
    expect(groups.get("s1")!.map((a) => a.questionId)).toEqual(["q1", "q2"]);
  });
});
