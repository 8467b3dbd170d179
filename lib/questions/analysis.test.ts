import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { analyseDocument } from "./analysis";

const text = [
  "date 2024-01-10 Chinese Foreign Minister Wang Hao said China values its ties with Egypt.",
  "",
  "Wang Hao said that the two countries will mark the 68th anniversary of diplomatic ties this year.",
  "",
  "Wang Hao Meets with Egyptian Foreign Minister Sami Adel（王浩会见埃及外长阿德尔）",
  "",
  "On January 9, 2024, Chinese Foreign Minister Wang Hao met with Egyptian Foreign Minister Sami Adel in Cairo. Adel said Egypt supports the Global Development Initiative.",
].join("\n");

describe("analyseDocument", () => {
  const analysis = analyseDocument(parseDocument(text, "cairo.txt"));

  it("counts the speaker as the participant of remarks with no meeting", () => {
    expect(analysis.sections[0]!.participants).toEqual([{ name: "Wang Hao", title: "Chinese Foreign Minister" }]);
    expect(analysis.sections[0]!.section.date).toBeNull(); // the publication date is not an event date
  });

  it("finds who met whom, with the titles the section gives", () => {
    expect(analysis.sections[1]!.participants).toEqual([
      { name: "Wang Hao", title: "Chinese Foreign Minister" },
      { name: "Sami Adel", title: "Egyptian Foreign Minister" },
    ]);
    expect(analysis.sections[1]!.frames.map((frame) => frame.verb)).toEqual(["meet"]);
  });

  it("records the short names the text uses", () => {
    const adel = analysis.people.find((person) => person.name === "Sami Adel")!;
    expect([...(analysis.aliases.get(adel) ?? [])]).toEqual(["Adel"]);
  });
});

describe("a wrap-up report", () => {
  it("takes no part in the meetings it sums up ('During his stay in Sochi, …')", () => {
    const wrap = analyseDocument(
      parseDocument(
        "date 2014-02-09 Chinese President Li Hao left Sochi on Saturday. During his stay in Sochi, Li Hao held talks with Czech President Milos Zeman.",
        "wrap.txt",
      ),
    );
    expect(wrap.sections[0]!.participants.map((participant) => participant.name)).not.toContain("Milos Zeman");
  });
});

describe("a report of the visit's end", () => {
  it("gives its summed-up meetings no day ('concluded on Saturday his visit, during which he met …')", () => {
    const end = analyseDocument(
      parseDocument(
        "date 2022-09-12 Top legislator Li Hao concluded on Saturday his four-day official goodwill visit to Russia, during which he met with Russian President Ivan Petrov.",
        "end.txt",
      ),
    );
    expect(end.sections[0]!.section.date).toBe("2022-09-10");
    expect(end.sections[0]!.day).toBeNull();
  });
});

describe("a report with no meeting", () => {
  const lone = (sentence: string) =>
    analyseDocument(
      parseDocument(["date 2010-01-29", "Vice premier in Davos（副总理在达沃斯）", "", "It was snowing in Davos.", "", sentence].join("\n"), "lone.txt"),
    ).sections[0]!.participants.map((participant) => participant.name);

  it("counts whoever delivers the speech, arrives or urges as the person it is about", () => {
    expect(lone("The hall was crowded with people listening to Chinese Vice Premier Wang Hao delivering his keynote speech.")).toEqual(["Wang Hao"]);
    expect(lone("Chinese Vice Premier Wang Hao arrived here Thursday for the annual meeting.")).toEqual(["Wang Hao"]);
    expect(lone("Chinese Vice Premier Wang Hao urged joint efforts against protectionism.")).toEqual(["Wang Hao"]);
  });

  it("counts the spokesperson of a briefing on the visit, title before or after the name", () => {
    expect(lone("The vice premier will attend the meeting, Foreign Ministry spokesperson Hong Lei said Monday.")).toEqual(["Hong Lei"]);
    expect(lone("The visit is of great significance, Guo Jia, also a spokesperson for the foreign ministry, told a news briefing.")).toEqual(["Guo Jia"]);
  });

  it("counts the spokesperson of a report that is itself a briefing, beside the visitor it announces", () => {
    const briefing = analyseDocument(
      parseDocument(
        [
          "date 2025-06-20",
          "Singaporean PM to visit China（新加坡总理将访华）",
          "",
          "BEIJING, June 20 (Xinhua) -- Singaporean Prime Minister Tom Lee will pay an official visit to China from June 22 to 26 at the invitation of Chinese Premier Li Hao, a Chinese foreign ministry spokesperson announced on Friday.",
          "",
          "The visit shows the importance he attaches to China-Singapore relations, spokesperson Guo Jia told a regular press briefing.",
        ].join("\n"),
        "briefing.txt",
      ),
    ).sections[0]!.participants.map((participant) => participant.name);
    expect(briefing).toContain("Guo Jia");
    const later = analyseDocument(
      parseDocument(
        [
          "date 2025-11-04",
          "China ready to promote ties with Spain: spokesperson（外交部发言人谈西班牙国王访华）",
          "",
          "BEIJING, Nov. 3 (Xinhua) -- China stands ready to work with Spain, a Chinese foreign ministry spokesperson said on Monday.",
          "",
          "At the invitation of Chinese President Li Hao, King Carlos of Spain will pay a state visit to China from Nov. 10 to 13.",
          "",
          '"This is the king\'s first state visit to China," spokesperson Mao Lin told a daily news briefing, adding that the visit is of great significance.',
        ].join("\n"),
        "later.txt",
      ),
    ).sections[0]!.participants.map((participant) => participant.name);
    expect(later).toContain("Mao Lin");
  });

  it("reads a briefing from the report's dateline sentence, past a photo's caption of another year", () => {
    const captioned = analyseDocument(
      parseDocument(
        [
          "date 2019-10-08",
          "Solomon Islands PM to visit China（所罗门群岛总理将访华）",
          "",
          "Solomon Islands' Prime Minister Tom Lee speaks at the summit at United Nations headquarters in New York on Sept. 27, 2015. (Xinhua/Li Mu)",
          "",
          "During his stay in China, Tom Lee will attend the closing ceremony of the exhibition.",
          "",
          "BEIJING, Oct. 7 (Xinhua) -- Solomon Islands' Prime Minister Tom Lee will pay an official visit to China from Tuesday to Sunday, Foreign Ministry spokesperson Hua Lin announced Monday.",
        ].join("\n"),
        "captioned.txt",
      ),
    ).sections[0]!.participants.map((participant) => participant.name);
    expect(captioned).toContain("Hua Lin");
  });

  it("counts nobody who is only named", () => {
    expect(lone("Delegates recalled the visit of Chinese Vice Premier Wang Hao last year.")).toEqual([]);
  });
});

describe("a speech", () => {
  it("counts the speaker its byline headline names, with its place and date on two lines", () => {
    const speech = analyseDocument(
      parseDocument(
        [
          "date 2007-08-02",
          "Chinese FM praises Plus Three cooperation（中国外长高度评价东盟与中日韩合作）",
          "",
          "MANILA, July 31 (Xinhua) -- Chinese Foreign Minister Wang Hao said here on Tuesday that the cooperation has become a dynamic process.",
          "",
          "Address by Chinese Foreign Minister Wang Hao at the Plus Three Foreign Ministers Meeting（王浩外长在外长会议上的讲话）",
          "",
          "Manila, the Philippines",
          "",
          "31 July 2007",
          "",
          "This year marks the tenth anniversary of our cooperation and provides a good opportunity to review past progress.",
        ].join("\n"),
        "address.txt",
      ),
    );
    expect(speech.sections[1]!.participants.map((participant) => participant.name)).toEqual(["Wang Hao"]);
  });

  it("counts the speaker of a long keynote byline among the section's participants", () => {
    const speech = analyseDocument(
      parseDocument(
        [
          "date 2012-06-02",
          "Deepen Strategic Cooperation（在论坛部长级会议开幕式上发表主旨讲话）",
          "",
          "Keynote Speech by Foreign Minister Wang Hao At the Opening Session of the Fifth Ministerial Conference of the Cooperation Forum",
          "",
          "Hammamet, 31 May 2012",
          "",
          "Your Excellency Sami Adel, Foreign Minister of Tunisia,",
          "",
          "I wish to thank President Omar Farid in particular for attending the opening session.",
        ].join("\n"),
        "keynote.txt",
      ),
    );
    expect(speech.sections[0]!.participants.map((participant) => participant.name)).toContain("Wang Hao");
  });

  it("counts the speaker its headline names and the guest it salutes, when its place-and-date line reads as a caption", () => {
    const speech = analyseDocument(
      parseDocument(
        [
          "date 2024-06-15",
          "Remarks by H.E. Li Qiang, Premier of the State Council of the People's Republic of China, at the Welcoming Gala Dinner（在欢迎晚宴上致辞）",
          "",
          "Auckland, June 14, 2024",
          "",
          "Your Honorable Prime Minister Tom Reid,",
          "",
          "It gives me great pleasure to join you this evening. I bring the greetings of President Omar Farid.",
          "",
          "Premier Li Qiang arrived in Wellington on June 13 for an official visit.",
        ].join("\n"),
        "remarks.txt",
      ),
    );
    expect(speech.sections[0]!.participants.map((participant) => participant.name)).toEqual(expect.arrayContaining(["Li Qiang", "Tom Reid"]));
  });
});

describe("an encounter at the stop before", () => {
  it("is no part of this section's event ('He met Finnish Prime Minister … there last night')", () => {
    const analysis = analyseDocument(
      parseDocument(
        "date 2004-10-08 HANOI, Oct. 7 -- Chinese Premier Li Hao arrived in Hanoi on Thursday from Helsinki. He met Finnish Prime Minister Matti Lahti there last night.",
        "last-night.txt",
      ),
    );
    expect(analysis.sections[0]!.participants.map((participant) => participant.name)).not.toContain("Matti Lahti");
  });

  it("is no part of this section's event in a file photo ('… attends the … session in this file photo')", () => {
    const text = [
      "date 2004-04-23",
      "Trade talks ahead（副总理率团启程赴美）",
      "",
      "Vice-Premier Li Hao attends the National People's Congress session in this March 5, 2004 file photo. [newsphoto]",
      "",
      "Vice-Premier Li Hao will jointly chair the 15th session of the Joint Commission on Commerce and Trade in Washington on Wednesday.",
    ].join("\n");
    const [section] = analyseDocument(parseDocument(text, "file-photo.txt")).sections;
    expect(section!.frames.map((frame) => frame.event)).not.toContain("the National People's Congress session");
  });
});
