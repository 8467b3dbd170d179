import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { buildQuestionBank } from "./build-question-bank";

// "Whom did President A meet?" among a governor, a secretary and one president: the one head
// of state is found without reading. Asked among heads only, or typed where there are too few.

const text = [
  "date 2023-11-17",
  "Lin Hao Arrives in Westport（抵达韦斯特波特）",
  "",
  "On November 14, 2023, President Lin Hao arrived in Westport and was greeted by Governor Sam Ortiz.",
  "",
  "Lin Hao Meets with Treasury Secretary Ann Kemp（会见财政部长）",
  "",
  "On November 14, 2023, President Lin Hao met with Treasury Secretary Ann Kemp in Westport.",
  "",
  "Lin Hao Meets with President Tom Reed（会见总统）",
  "",
  "On November 15, 2023, President Lin Hao met with President Tom Reed in Westport.",
  "",
  "Lin Hao Meets with Mayor Joan Bell（会见市长）",
  "",
  "On November 16, 2023, President Lin Hao met with Mayor Joan Bell in Westport.",
].join("\n");

describe("a head of state asked about beside another head", () => {
  it("is typed when the visit has no other head to offer, not offered among lesser offices", () => {
    const bank = buildQuestionBank(parseDocument(text, "heads.txt"));
    const question = bank.questions.find((candidate) => candidate.kind === "participant" && candidate.answer === "Tom Reed");
    expect(question).toBeDefined();
    expect(question!.choices).toEqual([]);
    // A mayor among the same people stays a choice question: a president meets mayors and ministers alike.
    const mayor = bank.questions.find((candidate) => candidate.kind === "participant" && candidate.answer === "Joan Bell");
    expect(mayor?.choices.length ?? 0).not.toBe(0);
  });
});
