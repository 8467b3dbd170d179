import { describe, expect, it } from "vitest";
import { datedBySpan, eventDate, monthDayDate, placeDateline } from "./event-date";
import { eventPlace, placeDateLine } from "./event-place";

// Places and dates the eighth round's development sets showed read wrong, on invented lines.

describe("eventPlace", () => {
  it("never takes the Beijing desk's dateline over a Chinese leader visiting abroad", () => {
    expect(
      eventPlace(
        ["BEIJING - Visiting Chinese Premier Wen Hao met with Indonesian President Budi Santoso Friday.", "Wen, who arrived in Jakarta Thursday evening, said ties are sound."],
        "2011-04-30",
      ),
    ).not.toBe("Beijing");
  });

  it("keeps an abbreviated first word, and takes a city 'of' its country", () => {
    expect(eventPlace(["Wang Hao met Anna Berg in St. Petersburg on Tuesday."], "2024-09-12")).toBe("St. Petersburg");
    expect(eventPlace(["Wang Hao attended the meeting in Vientiane of Laos."], "2016-07-26")).toBe("Vientiane");
    // A city whose own name holds "of": "Port" is no city of Spain.
    expect(eventPlace(["Wang Hao met the leaders on Sunday in Port of Spain, capital of Trinidad and Tobago."], "2013-06-03")).toBe("Port of Spain");
    // A caption's weekday between the place and the date.
    expect(eventPlace(["Anna Berg proposes a toast during a luncheon in The Hague, Netherlands, Monday, Oct. 15, 2018."], "2018-10-16")).toMatch(/^The Hague/);
    // A capital named after "the capital", a caption's city before its country and date, and
    // datelines in title case, with "ST.", or with a single hyphen.
    expect(eventPlace(["On July 14, Li Hao met the president at the palace in the capital Ulaanbaatar."], "2016-07-15")).toBe("Ulaanbaatar");
    expect(eventPlace(["Li Hao arrived in the capital of Kyrgyzstan, Bishkek, on Nov 2."], "2016-11-04")).toBe("Bishkek");
    // "in Washington D.C. After the talks, …": the abbreviation's stop ends the sentence too.
    expect(eventPlace(["On September 25, Li Hao held talks with Tom Reed in Washington D.C. After the talks, they met the press."], "2015-09-26")).toBe("Washington D.C.");
    // A city the words around it describe, in the lead or the next paragraph.
    expect(eventPlace(["Li Hao arrived in Egypt's Mediterranean port city Alexandria on Monday from Tel Aviv."], "2000-04-18")).toBe("Alexandria");
    expect(eventPlace(["Anna Berg asked Li Hao on Saturday to name an envoy."], "2000-04-18", ["Her minister told reporters after the leaders met in the West Bank city of Bethlehem."])).toBe("Bethlehem");
    expect(eventPlace(["Li Hao arrived in the northern port city of Tianjin on Friday."], "2000-04-18")).toBe("Tianjin");
    expect(eventPlace(["Li Hao (L) and Anna Berg shake hands, Canberra, Australia, March 20, 2024."], "2024-03-21")).toBe("Canberra");
    expect(eventPlace(["Ottawa - Day-long meetings between Li Hao and Canadian leaders on Thursday ended."], "2010-06-28")).toBe("Ottawa");
    expect(eventPlace(["ST. PETERSBURG - Anna Berg on Thursday voiced willingness to work together."], "2024-09-13")).toBe("St. Petersburg");
    expect(eventPlace(["U.S. President Tom Lind met with Li Hao in the White House."], "2023-10-28")).toBe("Washington");
    // "U.S." after the city is whole, not "U".
    expect(eventPlace(["Vice President Han Hao meets with Anna Berg in New York, U.S., Sept. 18, 2023."], "2023-09-20")).toBe("New York, U.S.");
    // A caption's agency-style month straight after the city is no part of it.
    expect(eventPlace(["Li Hao (L) meets with Anna Berg in New York Sept. 22, 2014. (Xinhua/Wang Ying)"], "2014-09-24")).toBe("New York");
  });

  it("stops a place at its comma when what follows is a title, not a country", () => {
    expect(eventPlace(["Upon the meetings in Vientiane of Laos, Foreign Minister Wang Hao briefed the media."], "2016-07-26")).toBe("Vientiane");
    expect(eventPlace(["Wang Hao held talks with Anna Berg in Islamabad, Pakistan."], "2023-05-06")).toBe("Islamabad, Pakistan");
  });

  it("reads a place before a colon, and a landmark's city", () => {
    expect(placeDateline("SAN JOSE: China and Costa Rica will launch talks, the president said.")).toBe("San Jose");
    expect(eventPlace(["Wang Hao and Anna Berg visited the Summer Palace on June 12."], "2016-06-14")).toBe("Beijing");
  });
});

describe("placeDateLine", () => {
  it("reads a speech's or a statement's place-and-date line either way round", () => {
    expect(placeDateLine("Bishkek, 14 June 2019")).toBe("Bishkek");
    expect(placeDateLine("May 7, 2008 Tokyo")).toBe("Tokyo");
    expect(placeDateLine("It gives me great pleasure to be in Bishkek.")).toBeNull();
  });
});

describe("eventDate", () => {
  // As the parser calls it: the lead, then the section's first paragraphs (searched for a weekday).
  const dated = (paragraphs: string[], published: string) => eventDate(paragraphs.slice(0, 1), paragraphs, published);
  it("reads neither a two-day span nor the day of a statement as the event's day", () => {
    expect(dated(["DAR ES SALAAM, Jan. 10 (Xinhua) -- A communique was released on Saturday.", "Wang Hao visited on Friday and Saturday, and met his counterpart."], "2026-01-12")).toBe("2026-01-10");
    expect(dated(["According to a statement posted on the website of the ministry on Sunday, Wang Hao met Anna Berg in Yangon on Saturday."], "2014-08-11")).toBe("2014-08-09");
    expect(dated(["BEIJING, China, January 31, 2012/African Press Organization (APO)/ — On January 29, 2012, the summit opened."], "2012-01-31")).toBe("2012-01-29");
  });
});

describe("monthDayDate", () => {
  it("skips a day still to come", () => {
    expect(monthDayDate("The talks will start on January 19 and end in May, the president said on November 17.", "2008-11-21")).toBe("2008-11-17");
  });
});

describe("eventPlace past the lead", () => {
  it("takes no capital of an event still to come ('will host … in Beijing later this year')", () => {
    const lead = ["Foreign Minister Wang Hao pointed out, when speaking at the UN Security Council Summit on Terrorism on September 24, that terrorism must be fought."];
    expect(eventPlace(lead, "2014-09-27", ["China will host the Symposium on Countering Terrorism in Beijing later this year."])).toBeNull();
    expect(eventPlace(lead, "2014-09-27", ["The ministers met at the presidential palace in Astana."])).toBe("Astana");
  });
});

describe("datedBySpan", () => {
  it("reads a visit 'from Thursday to Saturday' as a span, unless the text dates its event outright", () => {
    expect(datedBySpan(["LISBON, Nov. 23 (Xinhua) -- Chairman Zhao Hao paid an official goodwill visit from Thursday to Saturday to Portugal."])).toBe(true);
    expect(datedBySpan(["Premier Li Hao meets with President Sami Adel in Seoul, South Korea, May 26, 2024. Li arrived here Sunday for a summit from Sunday to Monday."])).toBe(
      false,
    );
    expect(datedBySpan(["On November 22 and 23, 2025 local time, Premier Li Hao attended the summit."])).toBe(true);
  });
});
