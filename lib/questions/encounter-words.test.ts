import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { buildQuestionBank } from "./build-question-bank";

// A meeting the English calls "met" and the Chinese label calls 会谈 is asked as talks, in both languages.

const zhPrompts = (label: string) =>
  buildQuestionBank(
    parseDocument(
      [
        "date 2006-01-24",
        `President Li Hao Meets Saudi King（${label}）`,
        "",
        "On January 23, 2006, President Li Hao met with Saudi King Sami Adel in Beijing.",
        "",
        "Wen Jiabo Meets Saudi King（会见沙特国王）",
        "",
        "On January 24, 2006, Premier Wen Jiabo met with Saudi King Sami Adel in Beijing.",
      ].join("\n"),
      "register.txt",
    ),
  )
    .questions.filter((question) => question.kind === "participant" || question.kind === "date")
    .filter((question) => question.section.endsWith(":president-li-hao-meets-saudi-king"))
    .map((question) => question.prompt);

describe("the Chinese of an encounter", () => {
  it("says 会谈 where the section's label does, though the English says 'met'", () => {
    const asked = zhPrompts("国家主席与沙特国王会谈");
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((prompt) => prompt.zh.includes("会见"))).toEqual([]);
    expect(asked.some((prompt) => prompt.zh.includes("会谈"))).toBe(true);
    // The English asks the same question: never "met with" beside 会谈.
    expect(asked.filter((prompt) => / meet | met /.test(prompt.en))).toEqual([]);
  });

  it("says 会见 where the label does", () => {
    expect(zhPrompts("国家主席会见沙特国王").some((prompt) => prompt.zh.includes("会见"))).toBe(true);
  });
});
