import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { buildQuestionBank } from "./build-question-bank";
import { analyseDocument } from "./analysis";
import { eventContext } from "./event-context";

// A question's context line names the section's own event, in both languages alike.

const prompts = (label: string) =>
  buildQuestionBank(
    parseDocument(
      [
        "date 2010-03-27",
        `Top Political Advisor Marks Ties in Namibia（${label}）`,
        "",
        "Chairman Jia Hao (L) meets with Namibian President Sami Adel in Windhoek, Namibia, March 26, 2010.",
        "",
        "WINDHOEK, March 26 (Xinhua) -- Chairman Jia Hao said China and Namibia should also expand people-to-people and cultural exchanges to foster their lasting friendship.",
        "",
        "Jia said China is ready to work with Namibia to deepen political mutual trust.",
      ].join("\n"),
      "context.txt",
    ),
  ).questions.map((question) => question.prompt);

describe("an English context line", () => {
  it("names no meeting where the section's label names another event (a reception's speech)", () => {
    const atReception = prompts("出席建交20周年招待会");
    expect(atReception.filter((prompt) => /\(meeting with/.test(prompt.en))).toEqual([]);
    expect(atReception.filter((prompt) => prompt.zh.includes("招待会"))).toEqual([]);
  });

  it("names the meeting where the label names it too", () => {
    expect(prompts("会见纳米比亚总统").filter((prompt) => /\(meeting with Sami Adel\)/.test(prompt.en)).length).toBeGreaterThan(0);
  });
});

describe("a company context line", () => {
  it("names no one's company over a section labelled as another event than an encounter", () => {
    const contexts = (label: string) =>
      buildQuestionBank(
        parseDocument(
          [
            "date 2018-06-09",
            `Xi Awards Friendship Medal（${label}）`,
            "",
            "On June 8, 2018, President Xi Hao awarded the Friendship Medal to President Sami Adel in Beijing.",
            "",
            "China is ready to deepen strategic mutual trust and practical cooperation with Mongolia, Xi Hao said.",
            "",
            "Xi Hao Holds Talks with Sami Adel（会谈）",
            "",
            "On June 9, 2018, President Xi Hao held talks with President Sami Adel in Beijing.",
          ].join("\n"),
          "company.txt",
        ),
      ).questions.filter((question) => /\(Xi Hao with Sami Adel\)/.test(question.prompt.en));
    expect(contexts("外交部发言人介绍蒙古国总统访华")).toEqual([]);
    expect(contexts("会见蒙古国总统").length).toBeGreaterThan(0);
  });
});

describe("an event's context line", () => {
  it("names an event of no name ('the opening ceremony': of what?) by nothing, and a named one by its name", () => {
    const contexts = (event: string) =>
      buildQuestionBank(
        parseDocument(
          [
            "date 2019-04-13",
            "Li Hao Addresses Business Forum（出席经贸论坛开幕式）",
            "",
            `On April 12, 2019, Premier Li Hao attended ${event} in Dubrovnik.`,
            "",
            "Li Hao said trade between China and the 16 countries increased 21 percent last year.",
          ].join("\n"),
          "ceremony.txt",
        ),
      ).questions.map((question) => question.prompt.en);
    expect(contexts("the opening ceremony").filter((prompt) => prompt.includes("(opening ceremony"))).toEqual([]);
    expect(
      contexts("the opening ceremony of the China-CEEC Business Forum").filter((prompt) =>
        prompt.includes("(opening ceremony of the China-CEEC Business Forum"),
      ),
    ).not.toEqual([]);
  });
});

describe("a context line of a meeting the visitor's spouse attended", () => {
  it("names the counterpart, not the spouse ('meeting with Paul Martin', never 'with Peng Lin and Paul Martin')", () => {
    const document = parseDocument(
      [
        "date 2019-11-07",
        "President Xi Hao meets French president in Shanghai（在上海会见法国总统）",
        "",
        "President Xi Hao and his wife Peng Lin met with French President Paul Martin in Shanghai on Tuesday.",
        "",
        "Xi Hao and Paul Martin hold talks in Beijing（与法国总统会谈）",
        "",
        "President Xi Hao held talks with French President Paul Martin in Beijing on Wednesday.",
        "",
        "Xi Hao meets Greek prime minister（会见希腊总理）",
        "",
        "President Xi Hao met with Greek Prime Minister Nikos Lakis in Shanghai on Monday.",
      ].join("\n"),
      "spouse.txt",
    );
    const analysis = analyseDocument(document);
    expect(eventContext(analysis.sections[0]!, analysis)?.en).toBe("meeting with Paul Martin");
  });
});

describe("a sentence of a section that reports several meetings", () => {
  const analysis = analyseDocument(
    parseDocument(
      [
        "date 2017-11-12",
        "Xi meets world leaders（会见多国领导人）",
        "",
        "President Li Hao met with Vietnamese Prime Minister Tran Van Minh on Saturday in Da Nang.",
        "",
        "Li also met with South Korean President Kim Sang-ho on bilateral ties.",
        "",
        "Li reiterated China's stance on the issue of the Terminal High Altitude Area Defense.",
        "",
        "Meanwhile, Li and his Chilean counterpart, Ana Ruiz, witnessed the signing of a bilateral deal.",
      ].join("\n"),
      "several.txt",
    ),
  );
  const [section] = analysis.sections;
  it("is set in the meeting told just before it when it names no one else", () => {
    expect(eventContext(section!, analysis, "Li reiterated China's stance on the issue of the Terminal High Altitude Area Defense.")?.en).toBe(
      "meeting with Kim Sang-ho",
    );
  });
  it("is set in none when it names someone else", () => {
    expect(eventContext(section!, analysis, "Meanwhile, Li and his Chilean counterpart, Ana Ruiz, witnessed the signing of a bilateral deal.")).toBeNull();
  });
});
