import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { SHARED_GLOSSARY } from "../glossary/shared-glossary";
import { buildQuestionBank } from "./build-question-bank";
import { termQuestions } from "./make-term";
import { withoutOddOneOut } from "./term-choices";
import type { GlossaryEntry } from "../glossary/shared-glossary";

const text = [
  "date 2023-10-27 On October 26, 2023, Chinese Foreign Minister Wang Hao held talks with Secretary Tom Reed in Washington.",
  "",
  // Taiwan independence is the second term met, so it would be asked from the Chinese (zh-en).
  "Wang Hao said China firmly opposes hegemonism, Taiwan independence, power politics, unilateral sanctions and bloc confrontation.",
  "",
  "The two sides agreed to deepen cultural exchanges and security cooperation, and to reject the zero-sum game.",
].join("\n");

describe("an office whose Chinese is one country's", () => {
  it("is not asked of another country's office ('Philippine Foreign Secretary' is no 外交大臣)", () => {
    const bank = buildQuestionBank(
      parseDocument(
        "date 2020-02-21 On Feb. 20, 2020, Wang Hao co-chaired the meeting with Philippine Foreign Secretary Teodoro Reyes in Vientiane.",
        "office.txt",
      ),
    );
    expect(bank.questions.filter((question) => question.kind === "term").map((question) => question.answer)).not.toContain("外交大臣");
    expect(bank.questions.filter((question) => question.kind === "term").map((question) => question.answer)).not.toContain("Foreign Secretary");
  });
});

describe("term questions", () => {
  const terms = buildQuestionBank(parseDocument(text, "terms.txt")).questions.filter((question) => question.kind === "term");

  it("ask the one proper name among lower-case stances typed, never picked among them", () => {
    const taiwan = terms.find((question) => question.accept.includes("“台独”") || question.answer === "Taiwan independence");
    expect(taiwan).toBeDefined();
    expect(taiwan!.choices).toEqual([]);
  });

  it("leave out words of a first year of Chinese, and accept an official variant", () => {
    expect(terms.map((question) => question.answer)).not.toContain("文化交流");
    expect(terms.map((question) => question.answer)).not.toContain("安全合作");
    expect(SHARED_GLOSSARY.find((entry) => entry.zh === "零和博弈")?.zhAlso).toContain("零和游戏");
  });
});

describe("wrong choices of a term", () => {
  const entry = (zh: string, en: string): GlossaryEntry => ({ zh, en: [en], kind: "term", category: "opposed", source: "MFA" }) as GlossaryEntry;
  it("leave no quoted answer as the one choice in quotation marks", () => {
    const answer = entry("“台独”", "Taiwan independence");
    const chosen = [entry("霸权主义", "hegemonism"), entry("阵营对抗", "bloc confrontation"), entry("冷战思维", "Cold War mentality")];
    expect(withoutOddOneOut(chosen, chosen, answer)).toEqual([]);
    const quoted = entry("“港独”", "Hong Kong independence");
    expect(withoutOddOneOut(chosen, [...chosen, quoted], answer)).toContain(quoted);
  });
});

describe("a person's office in a term prompt", () => {
  it("is left out where the document gives the person another office", () => {
    const bank = buildQuestionBank(
      parseDocument(
        "date 2010-11-24 On November 23, 2010, Premier Wang Hao held talks with Russian Prime Minister Vladimir Putin in St. Petersburg.",
        "putin.txt",
      ),
    );
    const putin = bank.questions.find((question) => question.kind === "term" && question.prompt.en.includes("Vladimir Putin"));
    expect(putin).toBeDefined();
    expect(putin!.prompt.en).not.toContain("President of Russia");
  });
});

describe("a foreign name asked from its characters", () => {
  it("has wrong choices whose Chinese is as long, or none: 拉夫罗夫 is sounded out in four syllables", () => {
    const person = (en: string, zh: string): GlossaryEntry => ({
      en: [en],
      zh,
      kind: "person",
      category: "foreign-minister",
      title: "Foreign Minister",
      source: "test",
    });
    const glossary = [
      person("Tom Reed", "汤姆"),
      person("Sergey Lavrov", "拉夫罗夫"),
      person("Antony Blinken", "布林肯"),
      person("Penny Wong", "黄英贤"),
      person("Ann Linde", "林德"),
    ];
    const document = parseDocument(
      "date 2023-10-27 On October 26, 2023, Foreign Minister Tom Reed met with Foreign Minister Sergey Lavrov in Washington.",
      "names.txt",
    );
    const lavrov = termQuestions(document, glossary, 1).find((question) => question.prompt.en.includes("拉夫罗夫"));
    for (const choice of lavrov?.choices ?? []) expect(glossary.find((entry) => entry.en[0] === choice)?.zh.length).toBe(4);
  });
});
