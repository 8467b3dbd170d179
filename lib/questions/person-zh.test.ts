import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { analyseDocument } from "./analysis";
import { peopleByOffice } from "./person-zh";

// A foreign official in a Chinese prompt is named by country and office where the glossary
// has no Chinese for the name.

const byOffice = (lines: string[]) => peopleByOffice(analyseDocument(parseDocument(lines.join("\n"), "offices.txt")));

describe("peopleByOffice", () => {
  it("names a president of bare office by the one foreign capital he is met in", () => {
    const names = byOffice([
      "date 2016-03-28",
      "Vice Premier Meets President（会见总统）",
      "",
      "On March 27, 2016, Vice Premier Li Hao met with President Sami Adel in Cairo.",
    ]);
    expect(names.get("Sami Adel")).toBe("埃及总统");
  });

  it("names a foreign minister by a longer style ('Minister for Europe and Foreign Affairs', Britain's Foreign Secretary)", () => {
    const names = byOffice([
      "date 2023-11-25",
      "Premier meets French FM（李浩会见法国外长）",
      "",
      "BEIJING, Nov. 24 (Xinhua) -- Chinese Premier Li Hao met on Friday with French Minister for Europe and Foreign Affairs Anne Dupont in Beijing.",
      "",
      "Chinese FM meets British counterpart（王浩会见英国外交大臣）",
      "",
      "KUALA LUMPUR, July 11 (Xinhua) -- Chinese Foreign Minister Wang Hao met with British Foreign Secretary Tom Reed on Friday in Kuala Lumpur.",
    ]);
    expect(names.get("Anne Dupont")).toBe("法国外长");
    expect(names.get("Tom Reed")).toBe("英国外交大臣");
  });

  it("names no one by a capital where the office could be anyone's", () => {
    const names = byOffice([
      "date 2016-03-28",
      "Vice Premier Meets Minister（会见部长）",
      "",
      "On March 27, 2016, Vice Premier Li Hao met with Minister Sami Adel in Cairo.",
    ]);
    expect(names.get("Sami Adel")).toBeUndefined();
  });

  it("never names the visitor by the capital visited", () => {
    const names = byOffice([
      "date 2016-03-29",
      "President Visits Egypt（访问埃及）",
      "",
      "On March 27, 2016, President Li Hao met with Prime Minister Sami Adel in Cairo.",
      "",
      "President Talks in Cairo（在开罗会谈）",
      "",
      "On March 28, 2016, President Li Hao held talks with Minister Omar Farid in Cairo.",
    ]);
    expect(names.get("Li Hao")).toBeUndefined();
  });

  it("never names a leader the glossary knows by a foreign capital he is met in, nor lets him share the host's office", () => {
    const names = byOffice([
      "date 2023-04-13",
      "Uzbek president meets Chinese FM（乌兹别克斯坦总统会见中国外长）",
      "",
      "Uzbek President Shavkat Mirziyoyev met with visiting Chinese Foreign Minister Li Hao in Tashkent on Wednesday.",
      "",
      "Mirziyoyev asked Li to convey his regards to President Xi Jinping.",
      "",
      "Leaders attend ceremony（出席仪式）",
      "",
      "President Xi Jinping and President Shavkat Mirziyoyev attended the signing ceremony in Tashkent on Thursday.",
    ]);
    expect(names.get("Xi Jinping")).toBeUndefined();
    expect(names.get("Shavkat Mirziyoyev")).toBe("乌兹别克斯坦总统");
  });

  it("names a counterpart by the visitor's office, of his own country ('his French counterpart')", () => {
    const names = byOffice([
      "date 2011-11-03",
      "Li Hao arrives in France（抵达法国）",
      "",
      "NICE, France, Nov. 2 (Xinhua) -- Chinese President Li Hao arrived here Tuesday for the G20 summit in Cannes.",
      "",
      "Chinese, French leaders meet（中法两国元首会晤）",
      "",
      "CANNES, France, Nov. 3 (Xinhua) -- Chinese President Li Hao met here Wednesday his French counterpart Jean Martin on bilateral ties.",
    ]);
    expect(names.get("Jean Martin")).toBe("法国总统");
  });

  it("names the UN's chief by his office, and a deputy prime minister who is foreign minister by both", () => {
    const names = byOffice([
      "date 2014-01-24",
      "Wang Hao meets Syrian delegation（会见叙利亚代表团）",
      "",
      "On January 22, 2014, Foreign Minister Wang Hao met in Montreux with Deputy Prime Minister and Foreign Minister Omar Farid of Syria.",
      "",
      "Wang Hao meets Ban Ki-moon（会见联合国秘书长）",
      "",
      "On January 23, 2014, Foreign Minister Wang Hao met with UN Secretary-General Ban Ki-moon in Montreux.",
    ]);
    expect(names.get("Omar Farid")).toBe("叙利亚副总理兼外长");
    expect(names.get("Ban Ki-moon")).toBe("联合国秘书长");
  });

  it("names no former holder by the office, so the one who holds it keeps it", () => {
    const names = byOffice([
      "date 2013-12-12",
      "President meets envoy（南非总统会见中国国家副主席）",
      "",
      "South African President Jacob Zuma on Wednesday met with Chinese Vice President Li Hao in Pretoria, who attended the memorial service of former South African President Nelson Mandela.",
    ]);
    expect(names.get("Nelson Mandela")).toBeUndefined();
    expect(names.get("Jacob Zuma")).toBe("南非总统");
  });
});
