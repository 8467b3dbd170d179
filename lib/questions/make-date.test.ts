import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { analyseDocument } from "./analysis";
import { datePool, dateQuestions } from "./make-date";
import { inPlace } from "./render";

// Date questions ask a day the text gives, as a whole day.

describe("date clozes", () => {
  it("offer no other day of a gathering the text gives a run of days, but keep a visit's days", () => {
    const document = parseDocument(
      [
        "date 2009-09-26",
        "Leaders arrive（领导人抵达）",
        "",
        "Premier Li Hao arrived in Lima on September 23 for a state visit from September 23 to 26. The Lima summit is scheduled for September 24-25.",
        "",
        "Summit held（峰会举行）",
        "",
        "On September 25, 2009, the Third Lima Summit was held in Lima.",
      ].join("\n"),
      "gathering.txt",
    );
    const analysis = analyseDocument(document);
    const trip = ["2009-09-23", "2009-09-25"];
    const [draft] = dateQuestions(analysis.sections[1]!, document.published, trip, analysis.sections);
    expect(draft?.answer).toBe("September 25, 2009");
    expect(draft?.pool).not.toContain("September 24, 2009");
    expect(draft?.pool).toContain("September 23, 2009");
  });

  it("blank the report's own sentence before its photo's caption, and never the flight home or a photo call", () => {
    const clozeOf = (lines: string[]) => {
      const document = parseDocument(["date 2014-12-20", "Premier in Bangkok（总理抵达曼谷）", "", ...lines].join("\n"), "cloze.txt");
      const analysis = analyseDocument(document);
      return dateQuestions(analysis.sections[0]!, document.published, [], analysis.sections).map((draft) => draft.prompt.en);
    };
    const [own] = clozeOf([
      "Premier Li Hao waves upon arrival in Bangkok, Thailand, Dec. 19, 2014. (Xinhua/Ma Ping)",
      "",
      "BANGKOK — Premier Li Hao arrived in Bangkok on Dec 19 to attend the fifth summit of the subregion.",
    ]);
    expect(own).toContain("arrived in Bangkok on ____ to attend");
    expect(clozeOf(["Premier Li Hao was back in Beijing on the afternoon of Dec 20 after his three-day stay in Thailand."])).toEqual([]);
    expect(clozeOf(["The leaders pose for a group photo at the summit in Bangkok, Thailand, Dec. 19, 2014."])).toEqual([]);
  });

  it("ask no 'When did … hold talks with …?' where the day before had talks with the counterpart named by office", () => {
    const document = parseDocument(
      [
        "date 2018-07-21",
        "President arrives in Abu Dhabi（国家主席抵达阿布扎比）",
        "",
        "On July 19, 2018, Chinese President Li Hao arrived in Abu Dhabi. He was received by Vice President Sami Adel. Li held cordial talks with the vice president at the airport.",
        "",
        "Li Hao holds talks with Sami Adel（与阿联酋副总统会谈）",
        "",
        "On July 20, 2018, Chinese President Li Hao held talks with Vice President Sami Adel in Abu Dhabi.",
      ].join("\n"),
      "talks.txt",
    );
    const analysis = analyseDocument(document);
    const drafts = dateQuestions(analysis.sections[1]!, document.published, ["2018-07-19", "2018-07-20"], analysis.sections);
    expect(drafts.map((draft) => draft.prompt.en).filter((prompt) => prompt.startsWith("When did"))).toEqual([]);
  });

  it("offer no day on which another meeting was held on the sidelines of the gathering asked", () => {
    const document = parseDocument(
      [
        "date 2025-02-22",
        "Wang Hao Attends the G20 Foreign Ministers' Meeting（出席二十国集团外长会）",
        "",
        "On February 20, 2025 local time, Foreign Minister Wang Hao attended the G20 Foreign Ministers' Meeting in Johannesburg.",
        "",
        "Chinese, South African FMs meet（中南外长会晤）",
        "",
        "JOHANNESBURG, Feb. 21 (Xinhua) -- Foreign Minister Wang Hao met Ana Ruiz on Friday, on the sidelines of the Group of 20 (G20) Foreign Ministers' Meeting.",
      ].join("\n"),
      "sidelines.txt",
    );
    const analysis = analyseDocument(document);
    const [draft] = dateQuestions(analysis.sections[0]!, document.published, ["2025-02-20", "2025-02-21"], analysis.sections);
    expect(draft?.answer).toBe("February 20, 2025");
    expect(draft?.pool).not.toContain("February 21, 2025");
  });

  it("date a meeting told in a photo caption among the paragraphs by that caption alone", () => {
    const document = parseDocument(
      [
        "date 2017-04-27",
        "Joining hands for a new era（携手共创新时代）",
        "",
        "Vice-Premier Li Hao meets with South African President Jacob Zuma at the president's residence in Pretoria on April 25. Zhai Jianlan / Xinhua",
        "",
        "Vice-Premier Li meets Ana Ruiz, South Africa's minister of arts and culture, on April 24. Zhai Jianlan / Xinhua",
        "",
        "Li meets Zulu King Omar Farid, chief of the Zulu nation, during her visit to the hospital in Pretoria. Photos by Wang Mingjie / China Daily",
        "",
        "Li gives medical equipment to the hospital in Pretoria on April 25.",
      ].join("\n"),
      "captions.txt",
    );
    const analysis = analyseDocument(document);
    const asked = analysis.sections.flatMap((section) => dateQuestions(section, document.published, [], analysis.sections));
    expect(asked.filter((draft) => draft.prompt.en.includes("Omar Farid"))).toEqual([]);
  });

  it("never blank a span's first day ('visited Egypt on ____-18')", () => {
    const document = parseDocument(
      "date 2006-06-24 The document said that Premier Li Hao paid an official visit to Egypt on June 17-18 at the invitation of Prime Minister Sami Adel.",
      "dates.txt",
    );
    const analysis = analyseDocument(document);
    const asked = analysis.sections.flatMap((section) => dateQuestions(section, document.published, [], analysis.sections));
    expect(asked.filter((draft) => draft.prompt.en.includes("____-"))).toEqual([]);
  });

  it("ask no single day of a session held on two days named together ('On November 22 and 23')", () => {
    const document = parseDocument(
      "date 2025-11-24 On November 22 and 23, 2025 local time, Premier Li Hao attended the second and third sessions of the summit in Lusaka.",
      "two-days.txt",
    );
    const analysis = analyseDocument(document);
    const asked = analysis.sections.flatMap((section) => dateQuestions(section, document.published, [], analysis.sections));
    expect(asked.filter((draft) => draft.answer === "November 22")).toEqual([]);
  });
});

describe("date questions on an event", () => {
  const asked = (sentence: string) => {
    const document = parseDocument(`date 2019-04-13 ${sentence}`, "events.txt");
    const analysis = analyseDocument(document);
    return analysis.sections.flatMap((section) => dateQuestions(section, document.published, [], analysis.sections)).map((draft) => draft.prompt.en);
  };

  it("name the event they ask of: never 'When did Li Hao attend the opening ceremony?'", () => {
    expect(asked("On April 12, 2019, Premier Li Hao attended the opening ceremony in Dubrovnik.")).toEqual([expect.stringMatching(/^Fill in the date/)]);
    expect(asked("On April 12, 2019, Premier Li Hao attended the opening ceremony of the China-CEEC Business Forum in Dubrovnik.")).toEqual([
      expect.stringMatching(/^When did Li Hao attend the opening ceremony of the China-CEEC Business Forum/),
    ]);
  });
});

describe("date clozes in a dateline", () => {
  it("never blank a dateline's date, with or without its dash ('BEIJING, ____ Chinese President …')", () => {
    const document = parseDocument(
      "date 2025-06-17 BEIJING, June 16, 2025 Chinese President Li Hao said on Monday that China is ready to work with Kazakhstan to deepen trade ties.",
      "dateline.txt",
    );
    const analysis = analyseDocument(document);
    const asked = analysis.sections.flatMap((section) => dateQuestions(section, document.published, [], analysis.sections));
    expect(asked.filter((draft) => draft.prompt.en.startsWith("Fill in the date: “BEIJING, ____"))).toEqual([]);
  });
});

describe("date clozes of a caption", () => {
  it("leave out a photo credit written with a colon ('[Photo: gov.cn]')", () => {
    const document = parseDocument("date 2017-06-01 Premier Li Hao arrives in Berlin, Germany's capital on May 31, 2017. [Photo: gov.cn]", "credit.txt");
    const analysis = analyseDocument(document);
    const asked = analysis.sections.flatMap((section) => dateQuestions(section, document.published, [], analysis.sections));
    expect(asked.map((draft) => draft.prompt.en).filter((prompt) => prompt.includes("[Photo"))).toEqual([]);
  });
});

describe("date choices", () => {
  it("write every month as the answer's is written ('Sep 25' among 'Sep 24', never 'Sept 24')", () => {
    const document = parseDocument(
      "date 2025-09-26 Premier Li Hao meets with friendly organizations in New York, the United States, on Sep 25, 2025.",
      "sep.txt",
    );
    const analysis = analyseDocument(document);
    const [draft] = analysis.sections.flatMap((section) => dateQuestions(section, document.published, ["2025-09-24", "2025-09-26"], analysis.sections));
    expect(draft?.answer).toBe("Sep 25, 2025");
    expect(draft?.pool.every((choice) => choice.startsWith("Sep "))).toBe(true);
  });

  it("name no place the event's name already holds ('the United Nations High-level Meeting at the United Nations')", () => {
    const document = parseDocument(
      "date 2008-09-26 UNITED NATIONS -- Premier Li Hao attended the United Nations High-level Meeting on the Millennium Development Goals on September 25, 2008.",
      "un.txt",
    );
    const analysis = analyseDocument(document);
    const prompts = analysis.sections.flatMap((section) => dateQuestions(section, document.published, [], analysis.sections)).map((draft) => draft.prompt.en);
    expect(prompts.filter((prompt) => /United Nations.*United Nations/.test(prompt))).toEqual([]);
  });
});

describe("date questions on a section whose photo shows another meeting", () => {
  it("ask of the report's meeting, not the caption's ('Li (R) meets with President …' over a meeting with the party chairwoman)", () => {
    const document = parseDocument(
      [
        "date 2012-10-22",
        "Senior leader vows closer ties with Bangladesh（会见孟加拉国民族主义党主席）",
        "",
        "Li Hao (R), a member of the Standing Committee, meets with Bangladeshi President Omar Farid in Dhaka, Bangladesh, Oct 21, 2012. [Photo/Xinhua]",
        "",
        "DHAKA - Li Hao, a senior leader of the Communist Party of China, called here Sunday for closer ties between the parties.",
        "",
        "Li made the call during a meeting with Sara Banu, chairwoman of the Bangladesh Nationalist Party.",
      ].join("\n"),
      "caption-of-another.txt",
    );
    const analysis = analyseDocument(document);
    const prompts = analysis.sections.flatMap((section) => dateQuestions(section, document.published, [], analysis.sections)).map((draft) => draft.prompt.en);
    expect(prompts.filter((prompt) => prompt.includes("Omar Farid"))).toEqual([]);
    expect(prompts).toContain("When did Li Hao meet with Sara Banu in Dhaka?");
  });
});

describe("a place that is a body's seat", () => {
  it("is 'at the United Nations', never 'in United Nations'", () => {
    expect(inPlace("United Nations")).toBe("at the United Nations");
    expect(inPlace("New York")).toBe("in New York");
  });
});

describe("wrong dates", () => {
  const position = (answer: string, pool: string[]) => [...pool, answer].sort((a, b) => Date.parse(a) - Date.parse(b)).indexOf(answer) + 1;
  const salts = Array.from({ length: 40 }, (_, i) => `sentence ${i}`);

  it("leave the answer at any place among the four days, not always the third", () => {
    const places = new Set(salts.map((salt) => position("May 6, 2023", datePool("2023-05-06", "mdy", ["2023-05-06"], "full", new Set(), salt))));
    expect([...places].sort()).toEqual([1, 2, 3, 4]);
  });

  it("always keep the visit's other day among them", () => {
    for (const salt of salts) expect(datePool("2023-05-06", "mdy", ["2023-05-05", "2023-05-06"], "full", new Set(), salt)).toContain("May 5, 2023");
  });
});
