import { describe, expect, it } from "vitest";
import { labelEvent } from "./label";
import { countryOf } from "./gazetteer";
import { eventDate, explicitDate, fileCaption, monthDayDate, parseDateline, reportDate, resolveWeekday } from "./event-date";
import { eventPlace } from "./event-place";

describe("event dates", () => {
  it("reads an explicit date in either order", () => {
    expect(explicitDate("On May 6, 2023 local time, Qin Gang met …")).toBe("2023-05-06");
    expect(explicitDate("… in Islamabad on 6 May 2023.")).toBe("2023-05-06");
    expect(explicitDate("On Sept. 3, 2024, …")).toBe("2024-09-03");
    expect(explicitDate("No date here.")).toBeNull();
  });

  it("takes a dateline's year from the publication, stepping back over New Year", () => {
    expect(parseDateline("BERLIN, May 9 (Xinhua) -- Wang Hao held talks …", "2024-05-10")).toEqual({ place: "Berlin", date: "2024-05-09" });
    expect(parseDateline("NEW YORK, Dec. 30 (Xinhua) -- …", "2024-01-02")).toEqual({ place: "New York", date: "2023-12-30" });
    expect(parseDateline("On May 9, nothing happened.", "2024-05-10")).toBeNull();
  });

  it("resolves a weekday to the latest such day on or before the reference", () => {
    expect(resolveWeekday("… held talks in Berlin on Tuesday.", "2024-05-09")).toBe("2024-05-07");
    expect(resolveWeekday("… met on Thursday.", "2024-05-09")).toBe("2024-05-09");
    expect(resolveWeekday("… next week.", "2024-05-09")).toBeNull();
  });

  it("reads a month and day without a year only where a sentence says “On …”", () => {
    expect(monthDayDate("On March 18, Wang Yi had a phone call with …", "2024-03-21")).toBe("2024-03-18");
    expect(monthDayDate("On the afternoon of March 7, President Xi met …", "2024-03-08")).toBe("2024-03-07");
    expect(monthDayDate("Trade grew in March 2024.", "2024-05-08")).toBeNull();
  });

  it("uses the dateline as the weekday's reference, never the publication date as an answer", () => {
    const lead = ["BERLIN, May 9 (Xinhua) -- Chinese Foreign Minister Wang Hao held talks with Anna Keller in Berlin on Tuesday."];
    expect(eventDate(lead, lead, "2024-05-10")).toBe("2024-05-07");
    expect(eventDate(["The two sides exchanged views."], ["The two sides exchanged views."], "2024-05-10")).toBeNull();
  });
});

describe("event places", () => {
  it("reads the place that closes the lead's first sentence", () => {
    expect(eventPlace(["On May 6, 2023 local time, Qin Gang met with X in Islamabad, Pakistan."], "2023-05-08")).toBe("Islamabad, Pakistan");
    expect(eventPlace(["Qin Gang meets Asim Munir in Islamabad, Pakistan on May 6, 2023."], "2023-05-08")).toBe("Islamabad, Pakistan");
    expect(eventPlace(["Zhao Lin speaks at the Forum in Hamburg, Germany, May 10, 2024. (Xinhua/Li Wei)"], "2024-05-10")).toBe("Hamburg, Germany");
    expect(eventPlace(["BERLIN, May 9 (Xinhua) -- Wang Hao held talks."], "2024-05-10")).toBe("Berlin");
    // A seat of government names its city.
    expect(eventPlace(["Premier Wang Hao met at the Great Hall of the People with President Omar Farid."], "2016-10-21")).toBe("Beijing");
    expect(eventPlace(["Li Hao held talks with Vice President Joe Biden in the White House."], "2012-02-15")).toBe("Washington");
    expect(eventPlace(["On February 8, 2018 local time, Wang Hao held talks at the US Department of State with the Secretary."], "2018-02-10")).toBe("Washington");
    // The meeting's own place over the dateline's, unless it is still to come.
    expect(eventPlace(["BRASILIA, Jan. 20 (Xinhua) -- Lula met with Wang Hao in Fortaleza, Brazil, on Friday."], "2024-01-20")).toBe("Fortaleza, Brazil");
    expect(eventPlace(["BEIJING, May 4 (Xinhua) -- Han Li will attend the ceremony to be held on May 6 in London."], "2023-05-04")).toBe("Beijing");
    // The city before the country it is in.
    expect(eventPlace(["On May 17, 2023, Xi Jinping held talks in Xi'an with President Omar Farid, who is in China for the summit."], "2023-05-18")).toBe("Xi'an");
    // A dateline without a date ("WARSAW - …").
    expect(eventPlace(["WARSAW - Visiting Premier Wang Hao said here Wednesday that ties are good."], "2012-04-26")).toBe("Warsaw");
    // Small words inside a name, and a city named by what it is.
    expect(eventPlace(["Wang Hao spoke at the Convention Center in Dar es Salaam, Tanzania, summing up the year."], "2013-03-26")).toBe("Dar es Salaam, Tanzania");
    expect(eventPlace(["Wang Hao waves as he alights in the Brazilian city of Rio de Janeiro on Sunday."], "2013-03-26")).toBe("Rio de Janeiro");
  });

  it("takes the place of the section's day from its photo under a later round-up's dateline", () => {
    const lead = [
      "PYEONGCHANG, South Korea, Feb. 10 (Xinhua) -- Special envoy Han Li has met with President Park Sol before the opening of the PyeongChang Winter Olympics.",
      "Special envoy Han Li (L) meets with President Park Sol in Seoul, South Korea, Feb. 8, 2018. (Xinhua/Li Wei)",
    ];
    expect(eventPlace(lead, "2018-02-10", [], "2018-02-08")).toBe("Seoul");
    // The photo of another day than the section's shows another occasion.
    expect(eventPlace(lead, "2018-02-10", [], "2018-02-10")).toBe("Pyeongchang");
  });

  it("says nothing rather than guess", () => {
    expect(eventPlace(["On March 18, Wang Yi had a phone call with Winston Peters."], "2024-03-21")).toBeNull();
    expect(eventPlace(["China supports Pakistan in achieving unity, stability."], "2023-05-08")).toBeNull();
  });
});

describe("the weekday of the event", () => {
  it("is the meeting's, not the arrival's nor one still to come", () => {
    const body = [
      "Li, who arrived in Berlin on Sunday on a four-day official visit, made the remark during his meeting on Monday with German President Frank-Walter Steinmeier.",
    ];
    expect(eventDate(["BERLIN, June 20 (Xinhua) -- Premier Li Qiang said …"], body, "2023-06-20")).toBe("2023-06-19");
    const future = ["Han Zheng arrived in London on Thursday for the coronation ceremony, which is to be held on Saturday."];
    expect(eventDate(["LONDON, May 5 (Xinhua) -- …"], future, "2023-05-05")).toBe("2023-05-04");
  });

  it("is read back from a departure's month and day, which dates only the trip's edge", () => {
    const lead = "Foreign Minister Li Hao left Abuja on January 12 morning for Windhoek.";
    const body = [lead, "Li arrived here Monday.", "He held talks with Minister of State Ada Obi on Tuesday."];
    expect(eventDate([lead], body, "2000-01-14")).toBe("2000-01-11");
    // A meeting's own month and day stands.
    expect(eventDate(["Li Hao met Ada Obi on January 12 in Abuja."], ["Li Hao met Ada Obi on January 12 in Abuja.", "He arrived Monday."], "2000-01-14")).toBe("2000-01-12");
  });

  it("is not the day of a statement made beforehand, told after the lead's first sentence", () => {
    const lead =
      "LIMA: President Li Hao and other leaders started a summit here Friday. The summit is the third of its kind, President Ana Ruiz said in a statement on the summit on September 8.";
    expect(eventDate([lead], [lead], "2009-09-26")).toBe("2009-09-25");
    // A lead that opens with its own day keeps it.
    expect(eventDate(["At a press conference on September 8, Li Hao said …"], ["At a press conference on September 8, Li Hao said …"], "2009-09-26")).toBe("2009-09-08");
  });
});

describe("a place given as a country", () => {
  it("is the country's capital when the section names it, and never a month", () => {
    const caption = "Chinese President Xi Jinping meets with King Salman of Saudi Arabia at Riyadh's al-Yamamah Palace in Saudi Arabia, Dec. 8, 2022.";
    expect(eventPlace([caption], "2022-12-09")).toBe("Riyadh");
    expect(eventPlace(["Wang Yi held talks with his counterpart in Saudi Arabia, Dec. 8, 2022."], "2022-12-09")).toBe("Saudi Arabia");
  });
});

describe("a caption's date", () => {
  it("gives way to the report's weekday, which is read back from it", () => {
    const caption = "Wang Yi meets with Turkish Foreign Minister Hakan Fidan in Beijing, capital of China, June 6, 2024.";
    const report = "Chinese Foreign Minister Wang Yi met with Hakan Fidan on Tuesday in Beijing.";
    expect(eventDate([report, caption], [report], "2024-06-05")).toBe("2024-06-04");
  });

  it("wins over a dateline, the day the report was filed", () => {
    const caption = "Han Zheng meets with Portuguese President Marcelo Rebelo de Sousa in Lisbon, Portugal, May 8, 2023.";
    const report = "LISBON, May 10 (Xinhua) -- Han Zheng visited Portugal from Sunday to Tuesday and met with the Portuguese President.";
    expect(eventDate([report, caption], [report], "2023-05-10")).toBe("2023-05-08");
  });
});

describe("fileCaption", () => {
  it("takes a caption dated well before the release for a file photo of another occasion", () => {
    const caption = "Wang Yi holds discussions with US strategists in Washington, DC, the United States, Oct 28, 2023. (PHOTO / XINHUA)";
    expect(fileCaption(caption, "2024-03-20")).toBe(true);
  });

  it("keeps a caption of the visit's own days, or one without a date", () => {
    expect(fileCaption("Wang Yi and Penny Wong shake hands, Canberra, Australia, March 20, 2024. /Chinese Foreign Ministry", "2024-03-20")).toBe(false);
    expect(fileCaption("Wang Yi meets Winston Peters in Wellington. (Xinhua/Guo Lei)", "2024-03-20")).toBe(false);
  });
});

describe("reportDate", () => {
  it("dates the event from the report's own paragraphs, never from the caption", () => {
    const section = {
      paragraphs: [
        { text: "BRAZZAVILLE, Jan. 7 (Xinhua) -- President Denis Sassou Nguesso met with visiting Chinese Foreign Minister Wang Yi on Tuesday." },
        { text: "Wang said China is ready to work with the Republic of the Congo." },
      ],
    };
    expect(reportDate(section, "2025-01-10")).toBe("2025-01-07");
  });

  it("is null when the report alone says no day", () => {
    expect(reportDate({ paragraphs: [{ text: "Wang said China is ready to work with Chad." }] }, "2025-01-10")).toBeNull();
  });
});

describe("monthDayDate, day first", () => {
  it("reads 'On 3 November' as joint statements write it", () => {
    expect(monthDayDate("On 3 November, President Xi Jinping held talks with President Samia Suluhu Hassan.", "2022-11-04")).toBe("2022-11-03");
  });
});

describe("monthDayDate, the MFA's time of day", () => {
  it("reads 'In the afternoon of May 4 local time'", () => {
    expect(monthDayDate("In the afternoon of May 4 local time, Premier Li Keqiang held talks with Prime Minister Hailemariam Dessalegn.", "2014-05-10")).toBe("2014-05-04");
  });
});

describe("a ministry's telling of an event", () => {
  it("does not date the event", () => {
    const body = ["The Foreign Ministry confirmed on Friday that the two leaders met.", "The two leaders had talks on Wednesday."];
    expect(eventDate([body[0]!], body, "2023-08-26")).toBe("2023-08-23");
  });
});

describe("labelEvent", () => {
  it("drops the outlet a compilation tags a label with", () => {
    expect(labelEvent("中叙外长会谈·新华社")).toBe("中叙外长会谈");
    expect(labelEvent("会见叙利亚总统巴沙尔")).toBe("会见叙利亚总统巴沙尔");
    // A headline's 见 for 会见 is written out (（见…）reads as "see …"); 见证 and 见面会 stay.
    expect(labelEvent("见阿富汗临时政府代理外长穆塔基")).toBe("会见阿富汗临时政府代理外长穆塔基");
    expect(labelEvent("见证合作文件签署")).toBe("见证合作文件签署");
  });
});

describe("countryOf", () => {
  it("reads the regular adjectives the data leaves out", () => {
    expect(countryOf("Surinamese")?.name).toBe("Suriname");
    expect(countryOf("Ecuadorian")?.name).toBe("Ecuador");
  });
});
