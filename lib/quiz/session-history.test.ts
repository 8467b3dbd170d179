import { describe, expect, test } from "vitest";
import type { SessionSummary } from "@/lib/progress/progress-report";
import { sessionHistory, sessionKind, sessionStatus } from "./session-history";
import { sessionPurpose } from "./session-purpose";

const base: SessionSummary = {
  id: "s",
  purpose: "quiz",
  mode: "choice",
  createdAt: "2026-03-01T09:00:00.000Z",
  finishedAt: null,
  total: 5,
  answered: 0,
  correct: 0,
};

describe("session history", () => {
  test("a session with no answer is not started and has no score; it is left out of the scored list", () => {
    const { rows, scored } = sessionHistory([
      { ...base, id: "new" },
      { ...base, id: "half", answered: 2, correct: 1 },
      { ...base, id: "done", answered: 5, correct: 4, finishedAt: "2026-03-01T09:10:00.000Z" },
    ]);
    expect(rows.map((row) => [row.id, row.status, row.score])).toEqual([
      ["done", "finished", 0.8],
      ["half", "unfinished", 0.5],
      ["new", "not-started", null],
    ]);
    expect(scored.map((row) => row.id)).toEqual(["done", "half"]);
  });

  test("the kind is review or retry, otherwise the answer mode", () => {
    expect(sessionKind({ purpose: "review", mode: "choice" })).toBe("review");
    expect(sessionKind({ purpose: "retry", mode: "typed" })).toBe("retry");
    expect(sessionKind({ purpose: "quiz", mode: "mixed" })).toBe("mixed");
  });

  test("all answered is finished even before the mark is read back", () => {
    expect(sessionStatus({ finishedAt: null, answered: 5, total: 5 })).toBe("finished");
  });

  test("unknown stored purposes read as a quiz", () => {
    expect(sessionPurpose("retry")).toBe("retry");
    expect(sessionPurpose("exam")).toBe("quiz");
  });
});
