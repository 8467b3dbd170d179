import { describe, expect, it } from "vitest";
import { getAllQuestions } from "@/lib/questions/question-banks";
import { storedSessionLayout } from "@/lib/quiz/session-view";
import { keepSession, keptSession, MAX_SESSIONS } from "./session-layouts";

// Sessions' layouts kept per process for the answer route: the same layout the stored questions
// give, sharing the bank's question objects when they are the same, bounded in number.

const bank = getAllQuestions().slice(0, 12);
const stored = new Map(bank.map((question) => [question.id, structuredClone(question)]));
const session = (id: string) => ({ id, mode: "mixed", purpose: "quiz" as const, questionIds: bank.map((question) => question.id) });

describe("session layouts", () => {
  it("lays a session out as its stored questions do, and keeps it", () => {
    const kept = keepSession(session("kept-a"), (id) => stored.get(id));
    expect(kept).toEqual({ layout: storedSessionLayout(session("kept-a"), (id) => stored.get(id)), purpose: "quiz" });
    expect(keptSession("kept-a")).toBe(kept);
    expect(keptSession("never-kept")).toBeUndefined();
  });

  it("holds the bank's own question where the stored one is the same, and the stored one where it differs", () => {
    const changed = { ...stored.get(bank[0]!.id)!, answer: "edited since" };
    const { layout } = keepSession(session("kept-b"), (id) => (id === changed.id ? changed : stored.get(id)));
    const byId = new Map(layout.questions.map((question) => [question.id, question]));
    expect(byId.get(changed.id)).toBe(changed);
    expect(byId.get(bank[1]!.id)).toBe(bank[1]);
  });

  it("keeps at most MAX_SESSIONS layouts, the least recently used leaving first", () => {
    keepSession(session("first"), (id) => stored.get(id));
    keepSession(session("second"), (id) => stored.get(id));
    keptSession("first");
    for (let i = 0; i < MAX_SESSIONS - 1; i++) keepSession(session(`filler-${i}`), (id) => stored.get(id));
    expect(keptSession("first")).toBeDefined();
    expect(keptSession("second")).toBeUndefined();
  });
});
