import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { buildQuestionBank } from "./build-question-bank";

const section = (headline: string, body: string) => `${headline}\n\n${body}`;

describe("label questions", () => {
  it("ask no label of two headlines that say one thing ('Wen holds talks with Merkel', 'Premier Wen holds talks with Merkel')", () => {
    const text = [
      "date 2012-08-31 Wen holds talks with Merkel（与德国总理会谈并共同主持政府磋商）",
      "",
      "Premier Wen Hao held talks with German Chancellor Angela Berg in Beijing on Thursday.",
      "",
      section("Premier Wen holds talks with Merkel（中德总理会谈达成共识）", "Premier Wen Hao and Chancellor Angela Berg agreed on Thursday to expand trade."),
      "",
      section("Wen meets German business leaders（会见德国企业家代表）", "Premier Wen Hao met German business leaders in Beijing on Friday."),
      "",
      section("Merkel visits Tianjin（德国总理访问天津）", "Chancellor Angela Berg visited Tianjin on Friday."),
      "",
      section("Wen attends economic forum with Merkel（出席中德经济论坛）", "Premier Wen Hao attended a China-Germany economic forum on Friday."),
    ].join("\n");
    const labels = buildQuestionBank(parseDocument(text, "labels.txt")).questions.filter((question) => question.kind === "label");
    expect(labels.map((question) => question.answer)).not.toContain("与德国总理会谈并共同主持政府磋商");
    expect(labels.map((question) => question.answer)).not.toContain("中德总理会谈达成共识");
    for (const question of labels) expect(question.choices).not.toContain("中德总理会谈达成共识");
    expect(labels.length).toBeGreaterThan(0);
  });
});

describe("a label among labels of one shape", () => {
  it("is not asked when the wrong choices all end alike and it does not ('…会见洪都拉斯总统' three times)", () => {
    const section = (headline: string, label: string, sentence: string) => `${headline}（${label}）\n\n${sentence}`;
    const bank = buildQuestionBank(
      parseDocument(
        [
          "date 2023-06-15",
          section(
            "Honduran president starts China visit",
            "洪都拉斯总统抵达上海开始访华",
            "On June 9, 2023, Honduran President Ana Reyes arrived in Shanghai.",
          ),
          section(
            "Xi holds talks with Honduran president",
            "习近平会见洪都拉斯总统",
            "On June 12, 2023, President Xi Jinping held talks with President Ana Reyes in Beijing.",
          ),
          section("Li Qiang meets Honduran president", "李强会见洪都拉斯总统", "On June 13, 2023, Premier Li Qiang met with President Ana Reyes in Beijing."),
          section("Zhao Leji meets Honduran president", "赵乐际会见洪都拉斯总统", "On June 13, 2023, Zhao Leji met with President Ana Reyes in Beijing."),
        ].join("\n\n"),
        "honduras.txt",
      ),
    );
    const labels = bank.questions.filter((question) => question.kind === "label");
    expect(labels.filter((question) => question.answer === "洪都拉斯总统抵达上海开始访华")).toEqual([]);
  });
});
