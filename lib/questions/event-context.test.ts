import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { buildQuestionBank } from "./build-question-bank";

// A question's context line names the section's own event, in both languages alike.

const prompts = (label: string) =>
  buildQuestionBank(
    parseDocument(
      [
        "date 2010-03-27",
        `Top Political Advisor Marks Ties in Namibia（${label}）`,
        "",
        "Chairman Jia Hao (L) meets with Namibian President Sami Adel in Windhoek, Namibia, March 26, 2010.",
        "",
        "WINDHOEK, March 26 (Xinhua) -- Chairman Jia Hao said China and Namibia should also expand people-to-people and cultural exchanges to foster their lasting friendship.",
        "",
        "Jia said China is ready to work with Namibia to deepen political mutual trust.",
      ].join("\n"),
      "context.txt",
    ),
  ).questions.map((question) => question.prompt);

describe("an English context line", () => {
  it("names no meeting where the section's label names another event (a reception's speech)", () => {
    const atReception = prompts("出席建交20周年招待会");
    expect(atReception.filter((prompt) => /\(meeting with/.test(prompt.en))).toEqual([]);
    expect(atReception.filter((prompt) => prompt.zh.includes("招待会"))).toEqual([]);
  });

  it("names the meeting where the label names it too", () => {
    expect(prompts("会见纳米比亚总统").filter((prompt) => /\(meeting with Sami Adel\)/.test(prompt.en)).length).toBeGreaterThan(0);
  });
});
