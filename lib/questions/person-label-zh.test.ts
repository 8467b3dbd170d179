import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import type { GlossaryEntry } from "../glossary/shared-glossary";
import { analyseDocument } from "./analysis";
import { peopleByLabel } from "./person-label-zh";

// Invented names: the rule reads the document's labels, never a list of people.
const glossary: GlossaryEntry[] = [{ en: ["Wang Hao"], zh: "王浩", kind: "person", category: "person", source: "test" }];

const text = [
  "date 2024-01-12 Wang Hao Meets with Chief Secretary Taro Kanemori of Japan（会见金森太郎）",
  "",
  "On January 9, 2024, Chinese Foreign Minister Wang Hao met with Chief Secretary Taro Kanemori in Tokyo.",
  "",
  "China, Egypt should deepen ties, minister says（会见埃及议长阿德尔之一）",
  "",
  "On January 10, 2024, Chinese Foreign Minister Wang Hao met with Speaker of the Egyptian House of Representatives Sami Adel in Cairo.",
  "",
  "Wang Hao and Prime Minister Omar Farid Co-chair the Regular Meeting（与埃及总理共同主持中埃总理定期会晤）",
  "",
  "On January 11, 2024, Wang Hao and Prime Minister Omar Farid co-chaired the regular meeting in Cairo.",
].join("\n");

describe("peopleByLabel", () => {
  const found = peopleByLabel(analyseDocument(parseDocument(text, "labels.txt")), glossary);

  it("names a person as the section's label does, by the headline or else by the section's event", () => {
    expect(found.people.get("Taro Kanemori")).toBe("金森太郎");
    // The part number (之一) is no part of the name, and the Speaker's title is read whole.
    expect(found.people.get("Sami Adel")).toBe("埃及议长阿德尔");
  });

  it("keeps a rendering's office out of 'what office' prompts and typed keys' names alone, and reads no meeting's name as a person", () => {
    expect(found.namesAlone.get("Taro Kanemori")).toBe("金森太郎");
    // 埃及议长阿德尔: the name after the office, never the office itself.
    expect(found.namesAlone.get("Sami Adel")).toBe("阿德尔");
    expect(found.people.has("Omar Farid")).toBe(false);
  });
});

describe("peopleByLabel, one person in two labels", () => {
  const twice = [
    "date 2021-01-06 Wang Hao Holds Talks with Nigerian Foreign Minister Tunde Bello（同尼日利亚外长贝洛会谈）",
    "",
    "On January 5, 2021, Chinese Foreign Minister Wang Hao held talks with Nigerian Foreign Minister Tunde Bello in Abuja.",
    "",
    "Wang Hao: China and Nigeria Reach Consensus（与贝洛共见记者）",
    "",
    "On January 5, 2021, Wang Hao and Tunde Bello jointly met the press in Abuja.",
  ].join("\n");
  const found = peopleByLabel(analyseDocument(parseDocument(twice, "abuja.txt")), glossary);

  it("keeps the rendering with the office for prompts and the name alone for what-office prompts", () => {
    expect(found.people.get("Tunde Bello")).toBe("尼日利亚外长贝洛");
    expect(found.namesAlone.get("Tunde Bello")).toBe("贝洛");
  });
});

describe("peopleByLabel, a label of a group met", () => {
  it("never names the visitor who meets by the group a 会见X label names", () => {
    const lines = [
      "date 2018-05-20 Vice Premier Holds Talks with US Lawmakers（会见美国国会议员）",
      "",
      "Vice Premier Li Hao held meetings with members of the U.S. Congress ahead of trade talks. He met with the chairs of the House Committee on Ways and Means.",
      "",
      "Trump Meets Li Hao（美国总统会见副总理）",
      "",
      "On May 17, 2018, President Tom Reed met with Li Hao at the White House.",
    ];
    const found = peopleByLabel(analyseDocument(parseDocument(lines.join("\n"), "group.txt")), []);
    expect(found.people.get("Li Hao")).toBeUndefined();
  });
});

describe("a label that says where", () => {
  it("leaves the place out of the person ('瑞典首相在斯德哥尔摩会见王浩' names 瑞典首相)", () => {
    const where = [
      "date 2025-07-29 Swedish Prime Minister Meets Wang Hao（瑞典首相在斯德哥尔摩会见王浩）",
      "",
      "STOCKHOLM, July 28 (Xinhua) -- Swedish Prime Minister Ulf Berg met with Chinese Vice Premier Wang Hao in Stockholm on Monday.",
    ].join("\n");
    expect(peopleByLabel(analyseDocument(parseDocument(where, "where.txt")), glossary).people.get("Ulf Berg")).toBe("瑞典首相");
  });
});
