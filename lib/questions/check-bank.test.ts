import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { buildQuestionBank } from "./build-question-bank";
import { checkBank } from "./check-bank";
import type { Question, QuestionBank } from "./types";

// The checker must catch each kind of fault, or the zero-violation tests prove nothing.

const SEED = "content/qin-gang-islamabad-2023-05.txt";
const document = parseDocument(readFileSync(SEED, "utf8"), SEED);
const bank = buildQuestionBank(document);
const first = bank.questions.find((question) => question.kind === "participant")!;

function withQuestion(change: Partial<Question>): QuestionBank {
  return { ...bank, questions: bank.questions.map((question) => (question === first ? { ...question, ...change } : question)) };
}

const faults = (faulty: QuestionBank) => checkBank(faulty, document).map((problem) => problem.replace(/^\S+: /, ""));

describe("checkBank", () => {
  it("passes the generated bank", () => {
    expect(checkBank(bank, document)).toEqual([]);
  });

  it("catches an answer missing from its source", () => {
    expect(
      faults(withQuestion({ source: "The two sides also had in-depth exchanges of views on strategic issues of mutual interest and concern." })),
    ).toContain("answer is not in the source sentence");
  });

  it("catches a source that is not verbatim", () => {
    expect(faults(withQuestion({ source: `${first.source} (edited)` }))).toContain("source is not verbatim from the document");
  });

  it("catches a prompt that gives the answer away", () => {
    expect(faults(withQuestion({ prompt: { en: `Did ${first.answer} meet him?`, zh: "谁？" } }))).toContain(`prompt gives away "${first.answer}"`);
  });

  it("catches a wrong choice that also took part or stands in the source", () => {
    const problems = faults(withQuestion({ choices: [first.answer, "Qin Gang", "Xi Jinping"] }));
    expect(problems).toContain('wrong choice "Qin Gang" took part');
    expect(problems).toContain('wrong choice "Qin Gang" is in the source');
  });

  it("catches padded, duplicated or missing choices", () => {
    expect(faults(withQuestion({ choices: [first.answer, "A", "B", "C", "D"] }))).toContain("5 choices");
    expect(faults(withQuestion({ choices: ["Xi Jinping", "xi jinping"] }))).toEqual(expect.arrayContaining(["choices lack the answer", "duplicate choices"]));
  });

  it("catches an English date in a Chinese prompt and a prompt with no Chinese", () => {
    expect(faults(withQuestion({ prompt: { en: first.prompt.en, zh: "May 5, 2023谁会见了他？" } }))).toContain("Chinese prompt writes a date in English");
    expect(faults(withQuestion({ prompt: { en: first.prompt.en, zh: "Who?" } }))).toContain("Chinese prompt has no Chinese");
  });

  it("catches repeated questions", () => {
    const repeated = { ...bank, questions: [...bank.questions, { ...first, id: `${first.id}-copy` }] };
    expect(faults(repeated)).toContain("asked twice");
  });

  it("catches an answer's variant among the wrong choices, a country beside its city, and one-choice questions", () => {
    expect(faults(withQuestion({ choices: [first.answer, `${first.answer} Jr`, "Xi Jinping"] }))).toContain(
      `wrong choice "${first.answer} Jr" is a variant of the answer`,
    );
    expect(faults(withQuestion({ kind: "place", answer: "Islamabad", accept: ["Islamabad"], choices: ["Islamabad", "Pakistan", "Kabul"] }))).toEqual(
      expect.arrayContaining(['place choice "Pakistan" is a country, not a city', 'city beside its country "Pakistan"']),
    );
    expect(faults(withQuestion({ choices: [first.answer] }))).toContain("a single choice");
  });

  it("catches a whole clause blanked, a dateline in a prompt, and labels told apart by a number", () => {
    const long = "resume communication at all levels and mechanism consultations across the board";
    expect(
      faults(
        withQuestion({
          prompt: { en: "Fill in the blank: “The two sides agreed to ____.”", zh: "请填空：“____”" },
          answer: long,
          accept: [long],
          choices: [long, "a b", "c d"],
        }),
      ),
    ).toContain("blank covers a whole clause");
    expect(faults(withQuestion({ prompt: { en: "Fill in: “ISLAMABAD, May 6 (Xinhua) -- ____ met.”", zh: "请填空" } }))).toContain("prompt carries a dateline");
    expect(faults(withQuestion({ kind: "label", answer: "答记者问1", accept: ["答记者问1"], choices: ["答记者问1", "答记者问2", "见陆参"] }))).toContain(
      "labels told apart only by a number",
    );
  });

  it("catches a quote that names its speaker's side", () => {
    expect(
      faults(
        withQuestion({ kind: "quote", prompt: { en: "Who said: “Pakistan will always stand with China”?", zh: "谁说的？" }, answer: "Bilawal Bhutto Zardari" }),
      ),
    ).toContain("quote names its speaker's side (Pakistan)");
  });
});
