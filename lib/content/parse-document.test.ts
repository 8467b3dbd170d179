import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DocumentFormatError } from "./format-error";
import { parseDocument } from "./parse-document";

const read = (path: string) => readFileSync(path, "utf8");
const fixture = (name: string) => `tests/fixtures/parser/${name}`;
const SEED = "content/qin-gang-islamabad-2023-05.txt";

describe("parseDocument on the seed", () => {
  const document = parseDocument(read(SEED), SEED);

  it("reads the publication date and eight sections", () => {
    expect(document.published).toBe("2023-05-08");
    expect(document.sections).toHaveLength(8);
  });

  it("gives the opening section no headline and no label", () => {
    expect(document.sections[0]!.title).toBeNull();
    expect(document.sections[0]!.labelZh).toBeNull();
    expect(document.sections[0]!.headline).toBeNull();
  });

  it("finds exactly the seven labels, in order, the last one alone on its line", () => {
    expect(document.sections.map((section) => section.labelZh)).toEqual([
      null,
      "在外交学院与巴青年外交官互动",
      "第四次中巴外长战略对话",
      "答记者问1",
      "答记者问2",
      "见阿富汗临时政府代理外长穆塔基",
      "第五次中阿巴外长三方对话",
      "见陆参",
    ]);
    const last = document.sections[7]!;
    expect(last.title).toBe("Chinese FM: China firmly supports Pakistan in achieving unity, stability");
    expect(last.headline).toEqual({ text: "Chinese FM: China firmly supports Pakistan in achieving unity, stability\n（见陆参）", line: 135 });
  });

  it("states each section's event date and place as the text gives them", () => {
    expect(document.sections.map((section) => [section.date, section.place])).toEqual([
      ["2023-05-05", "Islamabad"],
      ["2023-05-05", "Islamabad"],
      ["2023-05-06", "Islamabad"],
      ["2023-05-06", "Islamabad"],
      ["2023-05-06", "Islamabad"],
      ["2023-05-06", "Islamabad, Pakistan"],
      ["2023-05-06", "Islamabad, Pakistan"],
      ["2023-05-06", "Islamabad, Pakistan"],
    ]);
  });

  it("keeps the photo caption that opens the last section apart from its paragraphs", () => {
    const last = document.sections[7]!;
    expect(last.caption?.text).toMatch(/^Chinese State Councilor and Foreign Minister Qin Gang meets with/);
    expect(last.paragraphs[0]!.text).toMatch(/^Chinese State Councilor and Foreign Minister Qin Gang said China firmly supports/);
  });

  it("reads a caption credited in square brackets ('… February 19, 2009. [Xinhua]', '[Li Tao/Xinhua]') as a caption", () => {
    for (const credit of ["[Xinhua]", "[Reuters]", "[Li Tao/Xinhua]"]) {
      const parsed = parseDocument(
        [
          "date 2009-02-20",
          "Vice president calls to boost cooperation（与外长会谈）",
          "",
          `Vice President Li Hao (L) shakes hands with President Sami Adel in the capital city of Brasilia in Brazil February 19, 2009. ${credit}`,
          "",
          "BRASILIA -- Visiting Vice President Li Hao on Thursday held talks with Foreign Minister Omar Farid.",
        ].join("\n"),
        "credit.txt",
      );
      expect(parsed.sections[0]!.caption?.text).toMatch(/shakes hands/);
    }
  });

  it("gives every section a stable, unique id", () => {
    const ids = document.sections.map((section) => section.id);
    expect(new Set(ids).size).toBe(8);
    expect(ids[0]).toBe("qin-gang-islamabad-2023-05:opening");
    expect(parseDocument(read(SEED), SEED).sections.map((section) => section.id)).toEqual(ids);
  });
});

describe("parseDocument on a fixture exercising every rule", () => {
  const document = parseDocument(read(fixture("rules.txt")), "rules.txt");

  it("reads the date prefix despite leading spaces, and each section as written", () => {
    expect(document.published).toBe("2024-03-05");
    expect(
      document.sections.map(({ title, labelZh, caption, paragraphs, date, place, startLine, endLine }) => ({
        title, labelZh, caption: caption?.text ?? null, paragraphs: paragraphs.map((p) => [p.line, p.text]), date, place, startLine, endLine,
      })),
    ).toEqual([
      {
        title: null, labelZh: null, caption: null,
        paragraphs: [
          [1, "On March 1, 2024 local time, Chinese Foreign Minister Wang Yu met with Italian Foreign Minister Marco Ricci in Rome."],
          [3, "The two ministers spoke about trade."],
        ],
        date: "2024-03-01", place: "Rome", startLine: 1, endLine: 3,
      },
      {
        // Straight quotes in the headline, label at the end of the line.
        title: 'Wang Yu Meets "Old Friends" of China', labelZh: "会见中国老朋友", caption: null,
        paragraphs: [[7, "On March 2, 2024, Wang Yu met old friends of China in Milan."]],
        date: "2024-03-02", place: "Milan", startLine: 5, endLine: 7,
      },
      {
        // Curly quotes, label alone on the next line, a photo caption opening the section.
        title: "Wang Yu Attends the ‘Silk Road’ Forum", labelZh: "出席丝路论坛",
        caption: "Photo taken on March 3, 2024 shows the forum venue in Turin.",
        paragraphs: [[15, "The forum opened in Turin with “great expectations”."]],
        date: "2024-03-03", place: "Turin", startLine: 9, endLine: 15,
      },
      {
        // A headline without a label; a dateline and a weekday resolved against it.
        title: "Wang Yu Wraps Up Italy Trip", labelZh: null, caption: null,
        paragraphs: [[19, "ROME, March 4 (Xinhua) -- Wang Yu left Rome on Monday."]],
        date: "2024-03-04", place: "Rome", startLine: 17, endLine: 19,
      },
    ]);
  });

  it("keeps the headline verbatim for citing", () => {
    expect(document.sections.map((section) => section.headline ?? null)).toEqual([
      null,
      { text: 'Wang Yu Meets "Old Friends" of China（会见中国老朋友）', line: 5 },
      { text: "Wang Yu Attends the ‘Silk Road’ Forum\n（出席丝路论坛）", line: 9 },
      { text: "Wang Yu Wraps Up Italy Trip", line: 17 },
    ]);
  });
});

describe("parseDocument on a speech inside a labelled document", () => {
  const text = [
    "date 2019-06-16",
    "Staying focused on a brighter future（在峰会上的讲话）",
    "",
    "Remarks by H.E. Xi Jinping",
    "",
    "President of the People's Republic of China",
    "",
    "At the 19th Meeting of the Council of Heads of State of",
    "",
    "The Shanghai Cooperation Organization (SCO)",
    "",
    "Bishkek, 14 June 2019",
    "",
    "DEEPENING PRACTICAL COOPERATION",
    "",
    "It gives me great pleasure to attend the meeting.",
  ].join("\n");

  it("keeps the byline and a subheading in capitals inside the speech's section", () => {
    const document = parseDocument(text, "speech.txt");
    expect(document.sections).toHaveLength(1);
    expect(document.sections[0]!.paragraphs).toHaveLength(7);
  });

  it("reads a bracketed place-and-date line as the speech's byline, and a statement's headline that ends with its place and day", () => {
    const speech = parseDocument(
      [
        "date 2010-11-20",
        "Joining Hands for a Better Future（在研讨会上的讲话）",
        "",
        "Speech by Li Hao at the Opening Ceremony of the Seminar",
        "",
        "(Pretoria, South Africa, November 18, 2010)",
        "",
        "Today, I am honored to attend the seminar.",
        "",
        "Closing Statement by the Deputy President, Cape Town, 17 November 2010（闭幕声明）",
        "",
        "It has been a great pleasure to receive the delegation.",
      ].join("\n"),
      "speech.txt",
    );
    expect(speech.sections.map((section) => [section.date, section.place])).toEqual([
      ["2010-11-18", "Pretoria"],
      ["2010-11-17", "Cape Town"],
    ]);
  });
});

describe("parseDocument on malformed documents", () => {
  const failure = (name: string) => {
    try {
      parseDocument(read(fixture(name)), `tests/fixtures/parser/${name}`);
    } catch (error) {
      return error;
    }
    throw new Error(`${name} parsed without an error`);
  };

  it.each([
    ["no-date.txt", 1, /first line to start with `date YYYY-MM-DD`/],
    ["unclosed-bracket.txt", 3, /unclosed bracket/],
    ["empty-section.txt", 3, /empty section/],
  ])("%s stops with the file and line %i", (name, line, reason) => {
    const error = failure(name);
    expect(error).toBeInstanceOf(DocumentFormatError);
    expect((error as DocumentFormatError).message).toMatch(new RegExp(`^tests/fixtures/parser/${name.replace(".", "\\.")}:${line}: `));
    expect((error as DocumentFormatError).reason).toMatch(reason);
  });

  it("rejects an impossible publication date", () => {
    expect(() => parseDocument("date 2023-02-30 Text.", "bad.txt")).toThrow("bad.txt:1: `2023-02-30` is not a valid date");
  });

  it("rejects a label line that follows no headline", () => {
    expect(() => parseDocument("date 2023-05-08 Text.\n\n（标签）\n\nMore text.", "stray.txt")).toThrow(/^stray\.txt:3: /);
  });

  it("reads a dateline alone on its line as the filing's, the report under it as the event's", () => {
    const document = parseDocument(
      "date 2017-01-11\nWang Yi Holds Talks with Tanzanian Foreign Minister（王毅同坦桑尼亚外长会谈）\n\nBEIJING, China, January 11, 2017/APO/ --\n\nOn January 9, 2017 local time, Foreign Minister Wang Yi held talks with Foreign Minister Augustine Mahiga of Tanzania in Dar es Salaam.",
      "apo.txt",
    );
    expect(document.sections[0]?.date).toBe("2017-01-09");
    expect(document.sections[0]?.place).toBe("Dar es Salaam");
  });
});

describe("a compilation in order", () => {
  it("reads a weekday back from the next section's day, not the date line, when that puts it after the next", () => {
    const parsed = parseDocument(
      [
        "date 2002-09-03",
        "China Willing to Enhance Ties with Morocco（会见摩洛哥首相）",
        "",
        "During his meeting with Prime Minister Abderrahmane Youssoufi on Tuesday afternoon, Premier Li Hao said trade can grow.",
        "",
        "Li Hao Calls for Business Ties（出席工商界午餐会）",
        "",
        "RABAT, Aug. 28 (Xinhua) -- Premier Li Hao on Wednesday called on businessmen to explore new ways of cooperation.",
      ].join("\n"),
      "order.txt",
    );
    expect(parsed.sections.map((section) => section.date)).toEqual(["2002-08-27", "2002-08-28"]);
  });

  it("moves a run of weekdays read back from a date line published well after the visit behind the later section's day", () => {
    const lines = (published: string) =>
      [
        `date ${published}`,
        "Li Hao Arrives for the Summit（抵达）",
        "",
        "Premier Li Hao arrived in Los Cabos Friday afternoon to attend the summit.",
        "",
        "Li Hao Meets the President（会见总统）",
        "",
        "Premier Li Hao and the President met in Los Cabos Saturday to exchange views.",
        "",
        "Summit Ends（峰会闭幕）",
        "",
        "The President talks with Premier Li Hao at the summit in Los Cabos, Mexico, October 27, 2002. [Reuters]",
        "",
        "Leaders winding up their meeting on Sunday vowed to cooperate.",
      ].join("\n");
    // Published nine days after the summit's last day: the date line's Friday is the next week's.
    expect(parseDocument(lines("2002-11-05"), "late.txt").sections.map((section) => section.date)).toEqual(["2002-10-25", "2002-10-26", "2002-10-27"]);
  });

  it("leaves a weekday read back from a near date line before a preview printed after it", () => {
    const parsed = parseDocument(
      [
        "date 2002-04-22",
        "Li Hao Meets the President（会见总统）",
        "",
        "Premier Li Hao met the President in Cairo on Saturday.",
        "",
        "Interview: Visit to Enhance Ties（外长谈访问）",
        "",
        "NAIROBI, April 16 (Xinhua) -- The visit starting next week will enhance cooperation, the foreign minister said.",
      ].join("\n"),
      "preview.txt",
    );
    expect(parsed.sections.map((section) => section.date)).toEqual(["2002-04-20", "2002-04-16"]);
  });

  it("leaves a newest-first list as it is", () => {
    const parsed = parseDocument(
      [
        "date 2002-09-03",
        "Li Hao Meets the President（会见总统）",
        "",
        "Premier Li Hao met the President on Tuesday in Pretoria.",
        "",
        "Li Hao Calls for Business Ties（出席工商界午餐会）",
        "",
        "RABAT, Aug. 28 (Xinhua) -- Premier Li Hao on Wednesday called on businessmen to explore new ways of cooperation.",
        "",
        "Li Hao Arrives in Rabat（抵达拉巴特）",
        "",
        "RABAT, Aug. 27 (Xinhua) -- Premier Li Hao arrived in Rabat on Tuesday.",
      ].join("\n"),
      "newest-first.txt",
    );
    expect(parsed.sections[0]!.date).toBe("2002-09-03");
  });
});
