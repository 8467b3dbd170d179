import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/questions/types";
import { storedSessionLayout } from "@/lib/quiz/session-view";
import { parseSnapshot, snapshotOf } from "./session-snapshot";

const question = (id: string, source: string): Question => ({
  id,
  section: "set:a",
  kind: "date",
  prompt: { en: `When? (${id})`, zh: `何时？(${id})` },
  choices: ["1 May", "2 May", "3 May", "4 May"],
  answer: "2 May",
  accept: [],
  source,
  sourceLine: 3,
  score: 0.5,
});

describe("session snapshots", () => {
  it("round-trips the questions a session was made with", () => {
    const asked = [question("q1", "On 2 May …"), question("q2", "On 3 May …")];
    const snapshot = parseSnapshot(snapshotOf(asked));
    expect(snapshot?.get("q1")).toEqual(asked[0]);
    expect([...snapshot!.keys()]).toEqual(["q1", "q2"]);
  });

  it("lays an old session out from its snapshot, whatever the bank says now", () => {
    const asked = [question("q1", "On 2 May …"), question("q2", "On 3 May …")];
    const snapshot = parseSnapshot(snapshotOf(asked))!;
    // After a content edit the bank lost q2 and changed q1's sentence.
    const bank = new Map([["q1", question("q1", "Edited sentence")]]);
    const session = { id: "s1", mode: "choice", questionIds: ["q1", "q2"] };
    expect(storedSessionLayout(session, (id) => snapshot.get(id)).questions.map((q) => [q.id, q.source])).toEqual([
      ["q1", "On 2 May …"],
      ["q2", "On 3 May …"],
    ]);
    expect(storedSessionLayout(session, (id) => bank.get(id)).questions).toHaveLength(1);
  });

  it("treats a missing or unreadable snapshot as none (sessions from before snapshots)", () => {
    expect(parseSnapshot(null)).toBeNull();
    expect(parseSnapshot("not json")).toBeNull();
    expect(parseSnapshot('{"q1": 1}')).toBeNull();
    expect(parseSnapshot('[{"id": 3}]')).toEqual(new Map());
  });
});
