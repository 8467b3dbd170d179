import { describe, expect, test } from "vitest";
import { question } from "./fixtures";
import { fairGrid, givenAway, promptCue } from "./fair-grid";
import { chineseNumber, cluesOf, sharedClues } from "./match-clues";
import { layoutSession } from "./session-layout";

const label = (id: string, cue: string, answer: string, choices: string[] = [answer]) =>
  question(id, "label", `set:${id}`, {
    prompt: { en: `Which English headline carries the Chinese label “${cue}”?`, zh: `中文标签“${cue}”对应哪个英文标题？` },
    answer,
    choices,
  });

describe("clues", () => {
  test("numbers in words, digits and Chinese ordinals agree", () => {
    expect(chineseNumber("四")).toBe(4);
    expect(chineseNumber("十二")).toBe(12);
    expect(chineseNumber("二十")).toBe(20);
    expect(cluesOf("The Fourth Round of Talks")).toContain("n:4");
    expect(cluesOf("the 4th round")).toContain("n:4");
    expect(cluesOf("第四次中巴外长战略对话")).toContain("n:4");
    expect(sharedClues("第四次中巴外长战略对话", "Qin Gang Holds the Fourth Round of the Strategic Dialogue")).toContain("n:4");
  });

  test("a country named on both sides, in English or Chinese", () => {
    expect(sharedClues("见阿富汗临时政府代理外长穆塔基", "Qin Gang Meets the Acting Foreign Minister of the Afghan Interim Government")).toEqual([
      "c:Afghanistan",
    ]);
    expect(sharedClues("答记者问1", "Qin Gang Answers Questions")).toEqual([]);
  });

  test("a Latin word kept in a Chinese label", () => {
    expect(sharedClues("出席G20外长会", "Wang Yi Attends the G20 Foreign Ministers' Meeting")).toContain("w:g20");
  });

  test("the cue of a label question is the quoted text of its prompt", () => {
    expect(promptCue(label("a", "答记者问1", "Press Q&A"))).toBe("答记者问1");
  });
});

describe("fairGrid", () => {
  const fourth = "Qin Gang Holds the Fourth Round of the Strategic Dialogue";
  const fifth = "Qin Gang Attends the Fifth Trilateral Dialogue";
  const press = "Qin Gang Answers Questions from the Press";
  const meets = "Qin Gang Meets the President";

  test("a grid without clues is kept as it is", () => {
    const rows = [label("a", "答记者问1", press), label("b", "会见总统", meets)];
    expect(fairGrid(rows.map((q) => ({ question: q, cue: promptCue(q) })))).toEqual({ rows, decoys: [] });
  });

  test("a row given away by its number gets a decoy with the same clue from its own wrong choices", () => {
    const fourthSession = "The Fourth Session of the Committee";
    const rows = [label("a", "第四次战略对话", fourth, [fourth, fifth, fourthSession]), label("b", "答记者问1", press), label("c", "会见总统", meets)];
    const grid = fairGrid(rows.map((q) => ({ question: q, cue: promptCue(q) })));
    expect(grid.rows.map((q) => q.id)).toEqual(["a", "b", "c"]);
    expect(grid.decoys).toEqual([fourthSession]);
    expect(givenAway({ question: rows[0]!, cue: "第四次战略对话" }, [fourth, press, meets, ...grid.decoys])).toEqual([]);
  });

  test("a row with no such decoy leaves the grid; a grid of one is no grid", () => {
    const rows = [label("a", "第四次战略对话", fourth, [fourth, fifth]), label("b", "答记者问1", press), label("c", "会见总统", meets)];
    expect(fairGrid(rows.map((q) => ({ question: q, cue: promptCue(q) }))).rows.map((q) => q.id)).toEqual(["b", "c"]);
    const two = [rows[0]!, rows[1]!];
    expect(fairGrid(two.map((q) => ({ question: q, cue: promptCue(q) })))).toEqual({ rows: [], decoys: [] });
  });

  test("the layout asks a row that left the grid on its own, and offers the decoys in the grid", () => {
    const fourthSession = "The Fourth Session of the Committee";
    const rows = [label("a", "第四次战略对话", fourth, [fourth, fifth, fourthSession]), label("b", "答记者问1", press, [press, meets])];
    const layout = layoutSession(rows, "choice", 3);
    expect(layout.formats).toEqual({ a: "match", b: "match" });
    expect([...layout.matching[0]!.choices].sort()).toEqual([fourth, fourthSession, press].sort());
    const unfair = layoutSession([label("a", "第四次战略对话", fourth, [fourth, fifth]), rows[1]!], "choice", 3);
    expect(unfair.formats).toEqual({ a: "choice", b: "choice" });
    expect(unfair.matching).toEqual([]);
  });
});

test("a country read in Chinese on one side and in English on the other gives nothing away", () => {
  const afghan = "Qin Gang Meets the Acting Foreign Minister of the Afghan Interim Government";
  const row = label("a", "见阿富汗临时政府代理外长穆塔基", afghan);
  expect(givenAway({ question: row, cue: promptCue(row) }, [afghan, "Qin Gang Meets the President"])).toEqual([]);
});

describe("one row per answer", () => {
  test("a second label question with the same answer is asked on its own, so no row is left without its match", () => {
    const rows = [
      label("a", "答记者问", "Press Q&A", ["Press Q&A", "Talks"]),
      label("b", "答记者问", "Press Q&A", ["Press Q&A", "Talks"]),
      label("c", "会谈", "Talks", ["Talks", "Press Q&A"]),
    ];
    const layout = layoutSession(rows, "choice", 1);
    expect(layout.matching[0]!.questionIds).toEqual(["a", "c"]);
    expect(layout.formats.b).toBe("choice");
  });
});
