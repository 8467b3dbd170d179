import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { buildQuestionBank } from "./build-question-bank";
import { checkBank } from "./check-bank";

// Sections with no meeting to describe still get their date asked, as a cloze; never their
// place, since "said in ____" beside its country names the answer.

const text = [
  "date 2024-01-12 On January 10, 2024, Chinese Foreign Minister Wang Hao said in Cairo that China values its ties with Egypt and Africa.",
  "",
  "Wang Hao said that China is ready to deepen cooperation with Egypt in trade, energy and education.",
  "",
  "Wang Hao Meets with Egyptian Foreign Minister Sami Adel（王浩会见埃及外长阿德尔）",
  "",
  "On January 11, 2024, Chinese Foreign Minister Wang Hao met with Egyptian Foreign Minister Sami Adel in Alexandria.",
  "",
  "Sami Adel said that Egypt is ready to work with China to implement the outcomes of the Forum on China-Africa Cooperation.",
].join("\n");

describe("date and place without an event frame", () => {
  const document = parseDocument(text, "cairo.txt");
  const bank = buildQuestionBank(document);
  const opening = bank.questions.filter((question) => question.section === bank.sections[0]!.id);

  it("asks the date of remarks as a cloze of their sentence, and not their place", () => {
    expect(opening.find((q) => q.kind === "date")).toMatchObject({
      prompt: { en: "Fill in the date: “On ____, Chinese Foreign Minister Wang Hao said in Cairo that China values its ties with Egypt and Africa.”" },
      answer: "January 10, 2024",
    });
    expect(opening.find((q) => q.kind === "place")).toBeUndefined();
  });

  it("asks who met the visitor typed, when the document names nobody else to offer", () => {
    const met = bank.questions.find((q) => q.kind === "participant")!;
    expect(met).toMatchObject({ answer: "Sami Adel", choices: [] });
    expect(met.accept).toContain("Sami Adel");
  });

  it("keeps every rule", () => {
    expect(checkBank(bank, document)).toEqual([]);
  });
});
