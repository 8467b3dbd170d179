import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { buildQuestionBank } from "./build-question-bank";

// A statement on a visit "from July 9 to 15" lists other meetings without their days: any of
// them may have been on the day a section reports, so "Who met with Lomu on July 10?" has no
// one answer (a first-sight examiner found Zhao Leji and Li Qiang as right as Xi).

const bank = buildQuestionBank(
  parseDocument(
    [
      "date 2031-07-12",
      "Xi Jinping Meets Prime Minister Tavita Lomu（会见萨摩亚总理）",
      "",
      "On July 10, 2031, President Xi Jinping met with Prime Minister Tavita Lomu of Samoa at the Great Hall of the People in Beijing.",
      "",
      "Joint Statement Between China and Samoa（中萨联合声明）",
      "",
      "At the invitation of Premier Li Qiang, Prime Minister Tavita Lomu of Samoa paid an official visit to China from July 9 to 15, 2031.",
      "",
      "During the visit, President Xi Jinping met with Prime Minister Tavita Lomu, Premier Li Qiang held talks with Prime Minister Tavita Lomu, and Chairman Zhao Leji met with Prime Minister Tavita Lomu.",
    ].join("\n"),
    "fixture.txt",
  ),
);

describe("who met the visitor on a day, beside a statement's undated meetings", () => {
  it("is not asked", () => {
    const asked = bank.questions.filter((question) => question.kind === "participant" && /on July 10/.test(question.prompt.en));
    expect(asked.map((question) => question.prompt.en)).toEqual([]);
  });
});

describe("who met the visitor on a day, beside a wrap-up's meetings of the whole stay", () => {
  it("is not asked, choices or typed", () => {
    const stay = buildQuestionBank(
      parseDocument(
        [
          "date 2014-02-09",
          "Xi Jinping and Vladimir Putin Hold Talks（与俄罗斯总统会谈）",
          "",
          "SOCHI, Russia, Feb. 6 (Xinhua) -- Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Sochi on Thursday.",
          "",
          "Xi Jinping Meets Hamid Karzai（会见阿富汗总统）",
          "",
          "SOCHI, Russia, Feb. 7 (Xinhua) -- Chinese President Xi Jinping met with Afghan President Hamid Karzai in Sochi on Friday.",
          "",
          "Chinese President Wraps Up Sochi Trip（结束索契之行）",
          "",
          "SOCHI, Russia, Feb. 8 (Xinhua) -- Chinese President Xi Jinping left Sochi on Saturday. During his stay in Sochi, Xi held talks with Czech President Milos Zeman and Greek President Karolos Papoulias.",
        ].join("\n"),
        "stay.txt",
      ),
    );
    const asked = stay.questions.filter((question) => question.kind === "participant" && /Feb(?:ruary|\.)? 6/.test(question.prompt.en));
    expect(asked.map((question) => question.prompt.en)).toEqual([]);
  });
});

describe("a wrap-up report's recap of earlier meetings", () => {
  it("sets none of its sentences in those meetings", () => {
    const bank = buildQuestionBank(
      parseDocument(
        [
          "date 2014-02-09",
          "Chinese President Wraps Up Sochi Trip（结束索契之行）",
          "",
          "Chinese President Xi Jinping on Saturday left Sochi for Beijing after attending the opening ceremony of the 22nd Winter Olympic Games.",
          "",
          "Russia, for the second time, became Xi's first foreign destination of a year.",
          "",
          "On Thursday, Xi met with his Russian counterpart Vladimir Putin at Sochi, their first meeting this year.",
        ].join("\n"),
        "wrap.txt",
      ),
    );
    expect(bank.questions.filter((question) => question.prompt.en.includes("(meeting with Vladimir Putin)")).map((question) => question.prompt.en)).toEqual([]);
  });
});

describe("who met the visitor on a day, beside a spokesperson's briefing of the next day", () => {
  it("never offers whom the briefing says the visitor also met as a wrong choice", () => {
    const bank = buildQuestionBank(
      parseDocument(
        [
          "date 2014-06-20",
          "Wang Hao Meets with General Secretary Nguyen Van An（会见越共中央总书记）",
          "",
          "On June 18, 2014, State Councilor Wang Hao met with General Secretary Nguyen Van An in Hanoi.",
          "",
          "Officials: Visit Shows China's Sincerity（外交部发言人介绍访越情况）",
          "",
          "BEIJING - Wang Hao's visit to Vietnam shows China's sincerity, a Foreign Ministry spokeswoman said on Thursday.",
          "",
          "Wang also met with Vietnamese Prime Minister Tran Van Binh and Vietnamese Foreign Minister Le Van Cuong.",
        ].join("\n"),
        "briefing.txt",
      ),
    );
    const choices = bank.questions.filter((question) => question.kind === "participant").flatMap((question) => question.choices);
    expect(choices).not.toContain("Tran Van Binh");
    expect(choices).not.toContain("Le Van Cuong");
  });
});

describe("who met the visitor on a day, beside the next day's report of 'a day earlier'", () => {
  it("never offers whom the visitor met 'a day earlier' as a wrong choice", () => {
    const bank = buildQuestionBank(
      parseDocument(
        [
          "date 2004-12-01",
          "Wen Hao Meets with President Sami Adel（会见老挝国家主席）",
          "",
          "On November 29, 2004, Premier Wen Hao met with President Sami Adel in Vientiane.",
          "",
          "Wen Hao Meets with Leaders（会见与会领导人）",
          "",
          "On November 30, 2004, Premier Wen Hao met with Prime Minister Tom Reed, Prime Minister Ann Kerr and Prime Minister Ravi Nair in Vientiane, respectively. A day earlier, Wen met with President Maria Lopez.",
        ].join("\n"),
        "earlier.txt",
      ),
    );
    const choices = bank.questions
      .filter((question) => question.kind === "participant" && /November 29/.test(question.prompt.en))
      .flatMap((question) => question.choices);
    expect(choices).not.toContain("Maria Lopez");
  });
});
