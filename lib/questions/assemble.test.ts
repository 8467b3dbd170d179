import { describe, expect, it } from "vitest";
import { assemble } from "./assemble";
import type { QuestionDraft } from "./draft";

const blank = (section: string, source: string): QuestionDraft => ({
  section,
  kind: "agreement",
  prompt: { en: `Fill in the blank (${section}): “${source.replace("strategic communication", "____")}”`, zh: "请填空" },
  answer: "strategic communication",
  accept: ["strategic communication"],
  source,
  sourceLine: 1,
  pool: ["practical cooperation", "political mutual trust", "people-to-people exchanges"],
  alsoCorrect: [],
});

describe("assemble", () => {
  it("asks one blank of one statement reported twice (two outlets' copies in two sections)", () => {
    const questions = assemble(
      [
        blank(
          "a:talks",
          "The Chinese military is willing to maintain strategic communication with Iran and make good use of cooperation mechanisms, Wei said.",
        ),
        blank(
          "a:meeting",
          "Wei said the Chinese military is willing to maintain strategic communication with Iran and make good use of cooperation mechanisms.",
        ),
        blank("a:other", "Both sides agreed to keep strategic communication on regional security."),
      ],
      1,
    );
    expect(questions.map((question) => question.section)).toEqual(["a:talks", "a:other"]);
  });
});
