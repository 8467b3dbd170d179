import { describe, expect, it } from "vitest";
import { getAllQuestions } from "@/lib/questions/question-banks";
import { storedSessionLayout } from "@/lib/quiz/session-view";
import { keepSession, keepStoredSession, keptSession, MAX_SESSIONS } from "./session-layouts";
import { snapshotOf } from "./session-snapshot";

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

  it("lays out from the stored text: the bank's own questions when the text is theirs, else the stored ones", () => {
    const bankLayout = storedSessionLayout(session("text-a"), (id) => stored.get(id));
    // The text a session made now stores: the bank's own objects, no parse.
    const same = keepStoredSession(session("text-a"), snapshotOf(bank));
    expect(same.layout).toEqual(bankLayout);
    same.layout.questions.forEach((question) => expect(question).toBe(bank.find((candidate) => candidate.id === question.id)));
    // One question edited since: that one as stored, the others the bank's.
    const edited = bank.map((question, index) => (index === 2 ? { ...question, answer: "edited since" } : question));
    const { layout } = keepStoredSession(session("text-b"), snapshotOf(edited));
    expect(layout).toEqual(storedSessionLayout(session("text-b"), (id) => edited.find((question) => question.id === id)));
    const byId = new Map(layout.questions.map((question) => [question.id, question]));
    expect(byId.get(bank[2]!.id)?.answer).toBe("edited since");
    expect(byId.get(bank[3]!.id)).toBe(bank[3]);
    // A question that has left the bank: still asked as stored.
    const gone = { ...structuredClone(bank[0]!), id: `${bank[0]!.id}:gone` };
    const withGone = { ...session("text-c"), questionIds: [gone.id, ...bank.slice(1).map((question) => question.id)] };
    const kept = keepStoredSession(withGone, snapshotOf([gone, ...bank.slice(1)]));
    expect(kept.layout.questions.find((question) => question.id === gone.id)).toEqual(gone);
    // A session older than snapshots: the bank's.
    expect(keepStoredSession(session("text-d"), null).layout).toEqual(storedSessionLayout(session("text-d"), (id) => stored.get(id)));
    expect(keptSession("text-a")).toBe(same);
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
