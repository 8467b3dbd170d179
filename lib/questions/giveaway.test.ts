import { describe, expect, it } from "vitest";
import { chineseGivenAway, givenAway, printsAnswerOf } from "./giveaway";

const question = (en: string, zh: string, choices: string[] = []) => ({ prompt: { en, zh }, choices });

describe("printsAnswerOf", () => {
  it("finds a term's Chinese in another question's Chinese context line", () => {
    const context = question("What did China say it would do (meeting with Antony Blinken)?", "（会见美国国务卿）中国表示将做什么？");
    expect(printsAnswerOf(context, { kind: "term", answer: "国务卿" })).toBe(true);
    expect(printsAnswerOf(context, { kind: "label", answer: "会见美国国务卿" })).toBe(true);
  });

  it("finds a blank's answer printed in English, and leaves people, dates and places alone", () => {
    const who = question("With whom did Qin Gang hold the fourth round of the dialogue?", "秦刚与谁举行了第四次对话？");
    expect(printsAnswerOf(who, { kind: "number", answer: "fourth" })).toBe(true);
    expect(printsAnswerOf(who, { kind: "participant", answer: "Qin Gang" })).toBe(false);
    expect(printsAnswerOf(who, { kind: "term", answer: "中巴经济走廊" })).toBe(false);
  });
});

describe("chineseGivenAway", () => {
  it("finds an English answer's Chinese in the Chinese prompt's context line", () => {
    expect(chineseGivenAway("请填空（三方会晤谈共建“一带一路”）：“We will jointly build the ____.”", "Belt and Road Initiative")).toBe(true);
    expect(chineseGivenAway("请填空（与巴基斯坦外长会谈）：“We will jointly build the ____.”", "Belt and Road Initiative")).toBe(false);
    expect(chineseGivenAway("请填空（会见总统）：“… ____ …”", "Qin Gang")).toBe(false);
  });
});

describe("an acronym in the prompt", () => {
  it("gives away the words it stands for ('the GGI … ____' for global governance)", () => {
    const prompt = { en: "Fill in the blank: “Xi put forward the GGI, offering solutions for improving ____.”", zh: "请填空：“…”" };
    expect(givenAway(prompt, "global governance", ["global governance"])).toEqual(["GGI"]);
    expect(givenAway(prompt, "Belt and Road Initiative", [])).toEqual([]);
    expect(givenAway({ en: "Fill in the blank: “… the BRI and the ____.”", zh: "" }, "Belt and Road Initiative", [])).toEqual(["BRI"]);
  });
});

describe("givenAway", () => {
  it("finds 'high-level' said after the blank in other words, never before it", () => {
    const after = { en: "Fill in the blank: “The two sides should strengthen ____ through regular leadership meetings.”", zh: "请填空" };
    expect(givenAway(after, "high-level exchanges", [])).toEqual(["leadership"]);
    const before = { en: "Fill in the blank: “The leaders agreed to maintain the momentum of ____ and deepen trust.”", zh: "请填空" };
    expect(givenAway(before, "high-level exchanges", [])).toEqual([]);
  });
});
