import { describe, expect, test } from "vitest";
import type { Question } from "@/lib/questions/types";
import { question, NOW } from "./fixtures";
import { filterQuestions, selectDueQuestions, selectQuestions } from "./select-questions";
import { layoutSession, sessionOrder } from "./session-layout";

const pool: Question[] = [
  ...Array.from({ length: 6 }, (_, i) => question(`p${i}`, "participant", i < 3 ? "set:a" : "set:b")),
  ...Array.from({ length: 4 }, (_, i) => question(`d${i}`, "date", i < 2 ? "set:a" : "set:b")),
  ...Array.from({ length: 8 }, (_, i) => question(`g${i}`, "agreement", "set:c")),
  question("l0", "label", "set:a", { answer: "会见巴总统", choices: ["会见巴总统", "答记者问"] }),
  question("l1", "label", "set:b", { answer: "答记者问", choices: ["会见巴总统", "答记者问"] }),
  question("h0", "label", "set:a", { answer: "Qin Gang Meets Arif Alvi", choices: ["Qin Gang Meets Arif Alvi", "Press Q&A"] }),
];

describe("selectQuestions", () => {
  test("the same seed gives the same questions in the same order; another seed does not", () => {
    const first = selectQuestions(pool, 10, 42).map((q) => q.id);
    expect(selectQuestions(pool, 10, 42).map((q) => q.id)).toEqual(first);
    expect(selectQuestions(pool, 10, 43).map((q) => q.id)).not.toEqual(first);
  });

  test("takes turns across kinds, and within a kind across sections", () => {
    const picked = selectQuestions(pool, 4, 7);
    expect(new Set(picked.map((q) => q.kind)).size).toBe(4);
    const participants = selectQuestions(filterQuestions(pool, { kinds: ["participant"] }), 2, 7);
    expect(new Set(participants.map((q) => q.section))).toEqual(new Set(["set:a", "set:b"]));
  });

  test("never repeats a question and stops at the pool's size", () => {
    const all = selectQuestions(pool, 50, 1);
    expect(all).toHaveLength(pool.length);
    expect(new Set(all.map((q) => q.id)).size).toBe(pool.length);
    expect(selectQuestions(pool, 0, 1)).toEqual([]);
  });

  test("filters by section and kind; empty filters mean everything", () => {
    expect(filterQuestions(pool, { sections: ["set:c"] }).every((q) => q.kind === "agreement")).toBe(true);
    expect(filterQuestions(pool, { sections: ["set:a"], kinds: ["date"] }).map((q) => q.id)).toEqual(["d0", "d1"]);
    expect(filterQuestions(pool, { sections: [], kinds: [] })).toHaveLength(pool.length);
  });
});

describe("selectDueQuestions", () => {
  const byId = new Map(pool.map((q) => [q.id, q]));
  const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
  const cards = [
    { questionId: "d1", due: at(-5) },
    { questionId: "p0", due: at(-60) },
    { questionId: "gone", due: at(-90) },
    { questionId: "g0", due: at(30) },
    { questionId: "p1", due: at(-5) },
  ];

  test("most overdue first, ties by id; not yet due and unknown questions left out", () => {
    expect(selectDueQuestions(cards, (id) => byId.get(id), {}, 10, NOW).map((q) => q.id)).toEqual(["p0", "d1", "p1"]);
  });

  test("respects the filter and the count", () => {
    expect(selectDueQuestions(cards, (id) => byId.get(id), { kinds: ["participant"] }, 1, NOW).map((q) => q.id)).toEqual(["p0"]);
  });
});

describe("layoutSession", () => {
  test("choice mode: every question is multiple choice except grids of two or more label questions", () => {
    const layout = layoutSession([pool[0]!, pool[18]!, pool[6]!, pool[19]!, pool[20]!], "choice", 9);
    expect(layout.formats).toEqual({ p0: "choice", l0: "match", d0: "choice", l1: "match", h0: "choice" });
    expect(layout.matching).toHaveLength(1);
    expect(layout.matching[0]!.group).toBe("label");
    expect(layout.matching[0]!.questionIds).toEqual(["l0", "l1"]);
    expect([...layout.matching[0]!.choices].sort()).toEqual(["会见巴总统", "答记者问"]);
    // the grid's rows are asked together, where its first row stood
    expect(layout.questions.map((q) => q.id)).toEqual(["p0", "l0", "l1", "d0", "h0"]);
  });

  test("typed mode types the short kinds and keeps agreements as choices", () => {
    const layout = layoutSession([pool[0]!, pool[6]!, pool[10]!], "typed", 9);
    expect(layout.formats).toEqual({ p0: "typed", d0: "typed", g0: "choice" });
  });

  test("mixed mode is seeded per question, so reading the questions back in another order changes nothing", () => {
    const questions = pool.slice(0, 10);
    const layout = layoutSession(questions, "mixed", 1234);
    expect(new Set(Object.values(layout.formats))).toEqual(new Set(["typed", "choice"]));
    expect(layoutSession([...questions].reverse(), "mixed", 1234).formats).toEqual(layout.formats);
    expect(layoutSession(layout.questions, "mixed", 1234)).toEqual(layout);
  });

  test("a question with fewer than two choices can only be typed", () => {
    const layout = layoutSession([question("x", "participant", "set:a", { choices: [] })], "choice", 1);
    expect(layout.formats.x).toBe("typed");
  });
});

describe("selectQuestions serves the best first", () => {
  test("within a section, a higher-scored question comes before a lower one", () => {
    const pool = [
      question("low", "agreement", "s1", { score: 0.6 }),
      question("high", "agreement", "s1", { score: 0.9 }),
      question("mid", "agreement", "s1", { score: 0.75 }),
    ];
    for (const seed of [1, 2, 3, 4]) expect(selectQuestions(pool, 3, seed).map((q) => q.id)).toEqual(["high", "mid", "low"]);
  });
});

describe("selectQuestions puts the least seen and most often missed first", () => {
  const agreements = [
    question("a", "agreement", "s1", { score: 0.9 }),
    question("b", "agreement", "s1", { score: 0.8 }),
    question("c", "agreement", "s1", { score: 0.7 }),
    question("d", "agreement", "s1", { score: 0.6 }),
  ];

  test("unseen before seen; among seen alike, wrong more often first; score breaks ties", () => {
    const history = new Map([
      ["a", { seen: 2, wrong: 0 }],
      ["b", { seen: 1, wrong: 0 }],
      ["c", { seen: 1, wrong: 1 }],
    ]);
    for (const seed of [1, 2, 3]) expect(selectQuestions(agreements, 4, seed, history).map((q) => q.id)).toEqual(["d", "c", "b", "a"]);
  });

  test("the count is filled from the next tier only when the first runs out", () => {
    const history = new Map([["a", { seen: 1, wrong: 0 }]]);
    expect(selectQuestions(agreements, 3, 5, history).map((q) => q.id)).toEqual(["b", "c", "d"]);
  });

  test("without history, the same selection as before (best-scored first)", () => {
    expect(selectQuestions(agreements, 4, 9).map((q) => q.id)).toEqual(["a", "b", "c", "d"]);
  });

  test("a second session after answering the first asks none of its questions while unseen ones remain", () => {
    const first = selectQuestions(pool, 8, 11);
    const history = new Map(first.map((q) => [q.id, { seen: 1, wrong: 0 }]));
    const second = selectQuestions(pool, 8, 12, history);
    expect(second.filter((q) => first.some((f) => f.id === q.id))).toEqual([]);
  });
});

describe("choice order per session", () => {
  const questions = pool.slice(0, 10);

  test("the same seed gives the same order on every read; the options are the question's own", () => {
    const layout = layoutSession(questions, "choice", 77);
    expect(layoutSession(questions, "choice", 77).choices).toEqual(layout.choices);
    for (const q of questions) expect([...layout.choices[q.id]!].sort()).toEqual([...q.choices].sort());
  });

  test("two sessions of the same questions show different orders", () => {
    const one = layoutSession(questions, "choice", 1);
    const two = layoutSession(questions, "choice", 2);
    const differing = questions.filter((q) => one.choices[q.id]!.join() !== two.choices[q.id]!.join());
    expect(differing.length).toBeGreaterThan(questions.length / 2);
  });

  test("the right answer is not always in the same position across sessions", () => {
    const positions = new Set(Array.from({ length: 20 }, (_, seed) => layoutSession([pool[0]!], "choice", seed).choices.p0!.indexOf("p0-a")));
    expect(positions.size).toBeGreaterThan(2);
  });

  test("typed and matching questions carry no shuffled choices", () => {
    const layout = layoutSession([pool[0]!, pool[18]!, pool[19]!], "typed", 3);
    expect(Object.keys(layout.choices)).toEqual([]);
  });

  test("explicit questions (a retry) are asked in an order seeded by the session", () => {
    const ids = questions.map((q) => q.id);
    expect(sessionOrder(ids, 5)).toEqual(sessionOrder(ids, 5));
    expect(sessionOrder(ids, 5)).not.toEqual(sessionOrder(ids, 6));
    expect([...sessionOrder(ids, 5)].sort()).toEqual([...ids].sort());
  });
});

describe("selectQuestions keeps a question apart from one that prints its answer", () => {
  test("a blank's answer named in another question's prompt is not asked beside it", () => {
    const who = question("who", "participant", "s1", { prompt: { en: "Who held the fourth round of the dialogue?", zh: "谁？" }, score: 0.9 });
    const round = question("round", "number", "s1", {
      prompt: { en: "Fill in the missing ordinal: “the ____ round”", zh: "请填写" },
      answer: "fourth",
      score: 0.85,
    });
    const other = question("other", "date", "s2", { score: 0.8 });
    for (const seed of [1, 2, 3]) {
      const ids = selectQuestions([who, round, other], 3, seed).map((q) => q.id);
      expect(ids.includes("who") && ids.includes("round")).toBe(false);
      expect(ids).toHaveLength(2);
    }
  });
});
