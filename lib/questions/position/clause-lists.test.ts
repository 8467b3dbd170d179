import { describe, expect, it } from "vitest";
import { parseDocument } from "../../content/parse-document";
import { buildQuestionBank } from "../build-question-bank";

// A clause offered as a choice is a whole pledge: never a list cut after its second item.

const text = [
  "date 2024-07-13 Li Hao Holds Talks with Prime Minister Tom Lomu（与所罗门群岛总理会谈）",
  "",
  "On July 12, 2024, Premier Li Hao held talks with Prime Minister Tom Lomu of Solomon Islands in Beijing.",
  "",
  "China will continue to uphold the principles of mutual respect, equality, mutually beneficial cooperation and common development to promote steady ties with Pacific island countries, Li said.",
  "",
  "China is ready to make the pie of win-win cooperation bigger with the Solomon Islands, Li said.",
  "",
  "China is willing to oppose decoupling and severing of industrial and supply chains with all parties, Li said.",
  "",
  "Both sides should jointly create a secure and stable environment for the region's development, Li said.",
].join("\n");

describe("clause choices", () => {
  it("never cut a list short", () => {
    const texts = buildQuestionBank(parseDocument(text, "lists.txt")).questions.flatMap((question) => [question.answer, ...question.choices]);
    expect(texts.filter((choice) => /mutual respect, equality$/.test(choice))).toEqual([]);
  });
});
