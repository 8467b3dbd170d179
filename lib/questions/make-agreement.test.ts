import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { buildQuestionBank } from "./build-question-bank";

const text = `date 2024-03-12 On March 10, 2024, Foreign Minister Wang Yi held talks with Egyptian Foreign Minister Sameh Shoukry in Cairo.

The two sides agreed to strengthen coordination on regional questions and jointly push for an immediate ceasefire.

Both sides opposed the forced displacement of civilians and called for the protection of aid workers.

Wang Yi Meets with Egyptian President Abdel Fattah El-Sisi（会见埃及总统塞西）

On March 11, 2024 local time, Egyptian President Abdel Fattah El-Sisi met with Wang Yi in Cairo.

Egypt is ready to deepen cooperation with China in trade, investment and tourism.
`;

describe("agreement questions", () => {
  const bank = buildQuestionBank(parseDocument(text, "agreements.txt"));
  const agreements = bank.questions.filter((question) => question.kind === "agreement");

  it("turn a joint 'opposed' into a cloze of what was opposed, not of the next predicate", () => {
    const opposed = agreements.find((question) => question.source.startsWith("Both sides opposed"));
    expect(opposed?.answer).toBe("the forced displacement of civilians");
    expect(opposed?.prompt.en).toBe("Complete what was agreed: “Both sides opposed ____ and called for the protection of aid workers.”");
  });

  it("turn 'agreed to' sentences into questions whose answer is in the source", () => {
    const agreed = agreements.find((question) => question.source.startsWith("The two sides agreed"));
    expect(agreed).toBeDefined();
    expect(agreed!.source).toContain(agreed!.answer);
    expect(agreed!.prompt.en).not.toContain(agreed!.answer);
  });
});
