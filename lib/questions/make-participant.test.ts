import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { analyseDocument } from "./analysis";
import { participantQuestions } from "./make-participant";

const whoMet = (lead: string) => {
  const text = [
    `date 2014-12-04 ${lead}`,
    "",
    "Li Hao Meets Colombian President（会见哥伦比亚总统）",
    "",
    "On November 24, 2014, Chinese Premier Li Hao met with Colombian President Juan Santos in Bogota.",
    "",
    "Li Hao Meets Mexican Senate Leader（会见墨西哥参议院主席）",
    "",
    "On November 27, 2014, Chinese Premier Li Hao met with Mexican Senate President Miguel Barbosa in Mexico City.",
  ].join("\n");
  const analysis = analyseDocument(parseDocument(text, "who.txt"));
  return participantQuestions(analysis.sections[0]!, analysis).map((draft) => draft.prompt.en);
};

describe("participantQuestions", () => {
  it("asks who met whom only on a day the section writes out", () => {
    // "Friday" read back from the date line a week after the visit: no who-met question on it.
    expect(whoMet("LIMA -- Chinese Premier Li Hao held talks here Friday with Peruvian President Ollanta Humala.")).toEqual([]);
    expect(whoMet("On November 21, 2014, Chinese Premier Li Hao held talks with Peruvian President Ollanta Humala in Lima.")).not.toEqual([]);
  });
});

describe("wrong choices of a who-question", () => {
  it("are never the named Chinese leader's colleagues, whose glossary title says CPC, not China", () => {
    const text = [
      "date 2010-05-08",
      "President Hu Jintao holds talks with DPRK leader（与朝鲜领导人会谈）",
      "",
      "On May 5, 2010, President Hu Jintao held talks with DPRK Chairman Kim Jong Il in Beijing.",
      "",
      "Li Changchun meets DPRK leader（会见朝鲜领导人）",
      "",
      "On May 6, 2010, Li Changchun met with Chairman Kim Jong Il in Beijing. Zhou Yongkang, He Guoqiang and Liu Yunshan were present.",
      "",
      "President Hu Jintao meets ROK president（会见韩国总统）",
      "",
      "On May 7, 2010, President Hu Jintao met with South Korean President Lee Myung-bak in Shanghai.",
    ].join("\n");
    const analysis = analyseDocument(parseDocument(text, "dprk.txt"));
    const drafts = analysis.sections.flatMap((section) => participantQuestions(section, analysis));
    const kim = drafts.filter((draft) => draft.answer === "Kim Jong Il");
    for (const draft of kim) expect(draft.pool.filter((name) => ["Li Changchun", "Zhou Yongkang", "He Guoqiang", "Liu Yunshan"].includes(name))).toEqual([]);
  });

  it("are never a spokesperson briefing at home nor a surname alone", () => {
    const text = [
      "date 2013-12-12",
      "Envoy to attend memorial（将出席纪念活动）",
      "",
      "Foreign Ministry Spokesperson Hong Lei announced on December 8 that Vice President Li Hao will go to South Africa.",
      "",
      "President meets envoy（南非总统会见中国国家副主席）",
      "",
      "On December 11, 2013, South African President Jacob Zuma met with Vice President Li Hao in Pretoria. Ambassador Langa and Minister Ana Ruiz were present.",
      "",
      "Envoy meets minister（会见部长）",
      "",
      "On December 12, 2013, Vice President Li Hao met with Deputy President Omar Farid in Johannesburg.",
    ].join("\n");
    const analysis = analyseDocument(parseDocument(text, "pool.txt"));
    const pools = analysis.sections.flatMap((section) => participantQuestions(section, analysis)).flatMap((draft) => draft.pool);
    expect(pools).not.toContain("Hong Lei");
    expect(pools).not.toContain("Langa");
  });

  it("are never a spokesperson who only briefed on the visit, known from that briefing alone", () => {
    const text = [
      "date 2013-12-12",
      "Envoy to attend memorial（将出席纪念活动）",
      "",
      "Vice President Li Hao will go to South Africa, Foreign Ministry spokesperson Hong Lei said Sunday.",
      "",
      "President meets envoy（南非总统会见中国国家副主席）",
      "",
      "On December 11, 2013, South African President Jacob Zuma met with Vice President Li Hao in Pretoria.",
      "",
      "Envoy meets minister（会见部长）",
      "",
      "On December 12, 2013, Vice President Li Hao met with Deputy President Omar Farid in Johannesburg.",
    ].join("\n");
    const analysis = analyseDocument(parseDocument(text, "briefer.txt"));
    expect(analysis.sections[0]!.participants.map((participant) => participant.name)).toEqual(["Hong Lei"]);
    const pools = analysis.sections.flatMap((section) => participantQuestions(section, analysis)).flatMap((draft) => draft.pool);
    expect(pools).toContain("Omar Farid");
    expect(pools).not.toContain("Hong Lei");
  });
});

describe("who held talks with a visiting head of state", () => {
  it("is not asked when China's head of state is the answer, as protocol says ('Who held talks with the Honduran president?')", () => {
    const text = [
      "date 2023-06-13",
      "Xi Jinping holds talks with Honduran president（与洪都拉斯总统会谈）",
      "",
      "On June 12, 2023, President Xi Jinping held talks with Honduran President Ana Reyes in Beijing.",
      "",
      "Li Qiang meets Honduran president（会见洪都拉斯总统）",
      "",
      "On June 13, 2023, Premier Li Qiang met with Honduran President Ana Reyes in Beijing.",
    ].join("\n");
    const analysis = analyseDocument(parseDocument(text, "honduras.txt"));
    const drafts = analysis.sections.flatMap((section) => participantQuestions(section, analysis));
    expect(drafts.filter((draft) => draft.prompt.en.startsWith("Who held talks") && draft.answer === "Xi Jinping")).toEqual([]);
  });

  it("nor when he met the visitor ('Who met with the Ethiopian prime minister on October 17?')", () => {
    const text = [
      "date 2023-10-18",
      "Xi meets Ethiopian PM（习近平会见埃塞俄比亚总理）",
      "",
      "BEIJING, Oct. 17 (Xinhua) -- Chinese President Xi Jinping met with Ethiopian Prime Minister Ana Reyes in Beijing on Tuesday.",
      "",
      "Li Qiang meets Ethiopian PM（李强会见埃塞俄比亚总理）",
      "",
      "BEIJING, Oct. 16 (Xinhua) -- Chinese Premier Li Qiang met with Ethiopian Prime Minister Ana Reyes in Beijing on Monday.",
    ].join("\n");
    const analysis = analyseDocument(parseDocument(text, "ethiopia.txt"));
    const drafts = analysis.sections.flatMap((section) => participantQuestions(section, analysis));
    expect(drafts.filter((draft) => draft.answer === "Xi Jinping")).toEqual([]);
  });
});

describe("who the visitor met on a day with a ministers' meeting", () => {
  it("is not asked by the day alone: the meeting's ministers were met that day too", () => {
    const text = [
      "date 2019-08-03",
      "Wang Hao Attends the 20th ASEAN Plus Three Foreign Ministers' Meeting（王浩出席第二十届东盟与中日韩外长会）",
      "",
      "On August 2, 2019 local time, Foreign Minister Wang Hao attended the 20th ASEAN Plus Three Foreign Ministers' Meeting in Bangkok, Thailand.",
      "",
      "Wang Hao Meets Foreign Minister Anne Dupont of Canada（王浩会见加拿大外长杜邦）",
      "",
      "On August 2, 2019 local time, Foreign Minister Wang Hao met with Foreign Minister Anne Dupont of Canada in Bangkok at request.",
      "",
      "Wang Hao Meets Foreign Minister Karl Weber of Germany（王浩会见德国外长韦伯）",
      "",
      "On August 1, 2019 local time, Foreign Minister Wang Hao met with Foreign Minister Karl Weber of Germany in Bangkok.",
    ].join("\n");
    const analysis = analyseDocument(parseDocument(text, "ministers.txt"));
    expect(participantQuestions(analysis.sections[1]!, analysis).map((draft) => draft.answer)).not.toContain("Anne Dupont");
    expect(participantQuestions(analysis.sections[2]!, analysis).map((draft) => draft.answer)).toContain("Karl Weber");
  });
});

describe("who the visitor met on a day of talks held over several days", () => {
  it("offers none of the talks' people as a wrong choice for a meeting on one of their days", () => {
    const text = [
      "date 2025-07-30",
      "Swedish PM meets Chinese vice premier（瑞典首相会见王浩）",
      "",
      "STOCKHOLM, July 28 (Xinhua) -- Swedish Prime Minister Ulf Berg met with Chinese Vice Premier Wang Hao in Stockholm on Monday.",
      "",
      "Vice premier calls for cooperation（王浩呼吁合作）",
      "",
      "STOCKHOLM, July 29 (Xinhua) -- Chinese Vice Premier Wang Hao said on Tuesday that cooperation benefits both sides.",
      "",
      "He made the remarks during the new round of economic and trade talks in Stockholm from Monday to Tuesday with U.S. Treasury Secretary Tom Reed and U.S. Trade Representative Sam Green.",
      "",
      "Vice premier meets Danish minister（王浩会见丹麦大臣）",
      "",
      "COPENHAGEN, July 25 (Xinhua) -- Chinese Vice Premier Wang Hao met with Danish Foreign Minister Lars Holm in Copenhagen on Friday.",
    ].join("\n");
    const analysis = analyseDocument(parseDocument(text, "span.txt"));
    const drafts = participantQuestions(analysis.sections[0]!, analysis).filter((draft) => draft.answer === "Ulf Berg");
    expect(drafts.length).toBeGreaterThan(0);
    // Whoever may be right too is never offered as wrong.
    const choices = drafts.flatMap((draft) => draft.pool.filter((name) => !draft.alsoCorrect.includes(name)));
    expect(choices).not.toContain("Tom Reed");
    expect(choices).not.toContain("Sam Green");
  });
});
