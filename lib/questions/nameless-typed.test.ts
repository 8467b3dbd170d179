import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { buildQuestionBank } from "./build-question-bank";
import { IN_ENGLISH } from "./localize-zh";

// A typed who-question whose answer the app knows in no Chinese form (a label naming the
// person by office alone, 会见肯尼亚外长): the Chinese prompt asks for the name in English, and
// the key holds no office in place of a name (a typed Chinese name would be marked wrong beside it).

const bank = buildQuestionBank(
  parseDocument(
    "date 2024-03-02\nWang Yi Meets with Kenyan Foreign Minister John Smith（王毅会见肯尼亚外长）\n\nOn March 1, 2024, Foreign Minister Wang Yi met with Kenyan Foreign Minister John Smith in Beijing.\n\nWang Yi Meets with Kenyan President Jane Doe（王毅会见肯尼亚总统）\n\nOn March 2, 2024, Foreign Minister Wang Yi met with Kenyan President Jane Doe in Nairobi.",
    "fixture.txt",
  ),
);

describe("typed who-questions without a Chinese name", () => {
  it("ask for the English name and accept no office in its place", () => {
    const question = bank.questions.find((candidate) => candidate.kind === "participant" && candidate.answer === "John Smith");
    expect(question?.choices).toEqual([]);
    expect(question?.prompt.zh.endsWith(IN_ENGLISH)).toBe(true);
    expect(question?.accept.some((form) => /\p{Script=Han}/u.test(form))).toBe(false);
  });
});
