import { describe, expect, it } from "vitest";
import { titledMentions } from "./people";
import { untitledNames } from "./people-untitled";

const names = (sentence: string) => titledMentions(sentence).map(({ name, title }) => ({ name, title }));

describe("titledMentions", () => {
  it("reads titles with several offices and qualifiers", () => {
    expect(
      names("On May 5, 2023 local time, Pakistani President Arif Alvi met with visiting Chinese State Councilor and Foreign Minister Qin Gang in Islamabad."),
    ).toEqual([
      { name: "Arif Alvi", title: "Pakistani President" },
      { name: "Qin Gang", title: "Chinese State Councilor and Foreign Minister" },
    ]);
  });

  it("ends an “of …” qualifier at its institution word", () => {
    expect(names("Qin Gang met with Acting Foreign Minister of the Afghan Interim Government Amir Khan Muttaqi in Islamabad.")).toEqual([
      { name: "Amir Khan Muttaqi", title: "Acting Foreign Minister of the Afghan Interim Government" },
    ]);
    expect(names("Pakistan’s Minister of State for Foreign Affairs Hina Rabbani Khar was present.")).toEqual([
      { name: "Hina Rabbani Khar", title: "Minister of State for Foreign Affairs" },
    ]);
    expect(names("German Minister for Economic Affairs and Climate Action Peter Vogel chaired the forum.")).toEqual([
      { name: "Peter Vogel", title: "German Minister for Economic Affairs and Climate Action" },
    ]);
    expect(names("He met President of Pakistan Arif Alvi.")).toEqual([{ name: "Arif Alvi", title: "President of Pakistan" }]);
  });

  it("reads a parliament's speaker whole, and the Arabic article joined to a name", () => {
    expect(names("Li Hao met with Speaker of the Egyptian House of Representatives Sami Adel Fahmy.")).toEqual([
      { name: "Sami Adel Fahmy", title: "Speaker of the Egyptian House of Representatives" },
    ]);
    expect(names("Syrian President Omar al-Hakim met with Li Hao.")).toEqual([{ name: "Omar al-Hakim", title: "Syrian President" }]);
  });

  it('ends a name at a headline-case verb (an MFA release\'s "… Hu Ming Held Talks with …")', () => {
    expect(names("On 5 May, President of the PRC Hu Ming Held Talks with Chairman of the Commission Kim Sol at the Great Hall.")).toEqual([
      { name: "Hu Ming", title: "President of the PRC" },
      { name: "Kim Sol", title: "Chairman of the Commission" },
    ]);
  });

  it('leaves the previous name\'s "of …" qualifier out of the next title', () => {
    expect(names("Li Hao met with President Ivan Petrov of the Federation and Chairman Oleg Sokolov of the State Duma.")).toEqual([
      { name: "Ivan Petrov", title: "President" },
      { name: "Oleg Sokolov", title: "Chairman" },
    ]);
  });

  it('takes no one word after an "of …" qualifier, nor an election, for a person', () => {
    expect(names("Sheikh Ali bin Saif, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, received a message.")).toEqual([]);
    expect(names("Wang Hao conveyed the President's wishes on the General Election win.")).toEqual([]);
  });

  it("leaves a rank after the office out of it ('Army Chief General …')", () => {
    expect(names("Wang Hao thanked Army Chief General Omar Farid for his help.")).toEqual([{ name: "Omar Farid", title: "Army Chief" }]);
    expect(names("Wang Hao met UN Secretary General Ban Ki-moon.")).toEqual([{ name: "Ban Ki-moon", title: "UN Secretary General" }]);
    expect(names("Li Hao met Malaysian Supreme Head of State Ahmad Karim Zain in the palace.")[0]).toMatchObject({ name: "Ahmad Karim Zain" });
    expect(names("Li Hao met with Administrator Tom Reed of Tasmania.")).toEqual([{ name: "Tom Reed", title: "Administrator" }]);
  });

  it("reads a list of portfolios past its commas", () => {
    expect(names("Ding Hao met with Secretary of State for Foreign, Commonwealth and Development Affairs of the United Kingdom John Smith here.")).toEqual([
      { name: "John Smith", title: "Secretary of State for Foreign, Commonwealth and Development Affairs of the United Kingdom" },
    ]);
    expect(names("He met Foreign Minister of Pakistan Arif Alvi, Bilawal Khan and others.")[0]).toMatchObject({ name: "Arif Alvi" });
  });

  it("reads an office still to be taken", () => {
    expect(names("Wang Hao met with Cambodian Deputy Prime Minister and Foreign Minister-designate Sok Chenda Sophea here.")[0]).toMatchObject({
      name: "Sok Chenda Sophea",
    });
  });

  it("leaves a courtesy title out of the name and the office", () => {
    expect(names("Li Hao met Foreign Minister Ms. Zhou Ming of Myanmar.")).toEqual([{ name: "Zhou Ming", title: "Foreign Minister" }]);
  });

  it("finds a spouse named without an office, and a name with its office after it", () => {
    expect(untitledNames("Li Hao and his wife, Zhou Ming, visited the museum.")).toContain("Zhou Ming");
    expect(untitledNames("Li said during a meeting with Jan Novak, chairman of the Chamber of Deputies.")).toContain("Jan Novak");
    expect(untitledNames("Chinese President Li Hao's special representative Zhou Ming attended the summit on Friday.")).toContain("Zhou Ming");
    // A courtesy title and a surname are someone's short form, no new name.
    expect(untitledNames("Mr Yang made the remarks while meeting the minister.")).toEqual([]);
    expect(
      untitledNames(
        "Vice President Han Hao met with Tom Reed, the Secretary of State for Foreign, Commonwealth and Development Affairs of the United Kingdom, in Beijing.",
      ),
    ).toContain("Tom Reed");
    expect(untitledNames("Li Hao and his wife Mme. Zhou Ming were greeted by the president.")).toContain("Zhou Ming");
    // "the General Debate of the UN General Assembly": "General" there is no rank, "Debate" no one.
    expect(titledMentions("Vice President Han Hao attended the General Debate of the 78th session of the UNGA on Thursday.").map(({ name }) => name)).toEqual([
      "Han Hao",
    ]);
    // A courtesy title before a name with its office after it, or before a subject, is no part of it.
    const courtesy = untitledNames("Mr Zhang Dejiang, chairman of the Standing Committee of the National People's Congress, delivers a speech in Lusaka.");
    expect(courtesy).toContain("Zhang Dejiang");
    expect(courtesy).not.toContain("Mr Zhang Dejiang");
    expect(untitledNames("Premier Li Hao meets Sara Lund, chief of the ruling party, May 20, 2013.")).toContain("Sara Lund");
    // A membership is an office too: "Li Changchun, a member of the Standing Committee of …".
    expect(
      untitledNames("At the invitation of the government, Zhou Ming, a member of the Standing Committee of the Political Bureau, arrived on Monday."),
    ).toContain("Zhou Ming");
  });

  it("reads an office qualified by a country's possessive ('Speaker of Indonesia's House of Representatives Puan Maharani')", () => {
    expect(names("Premier Li Hao met with Speaker of Indonesia's House of Representatives Sari Dewi in Jakarta.")).toContainEqual({
      name: "Sari Dewi",
      title: "Speaker of Indonesia's House of Representatives",
    });
  });

  it("leaves a Malaysian honour and an address out of the name and the office", () => {
    expect(names("Li Hao met Malaysian Foreign Minister Dato' Seri Hamid Tun Osman in the capital.")).toEqual([
      { name: "Hamid Tun Osman", title: "Malaysian Foreign Minister" },
    ]);
    expect(names("We received His Excellency Vice President Li Hao and his delegation.")).toEqual([{ name: "Li Hao", title: "Vice President" }]);
  });

  it("reads an ampersand between two offices as “and”", () => {
    expect(names("Deputy Prime Minister & Foreign Minister Prak Sokhon attended the meeting.")).toEqual([
      { name: "Prak Sokhon", title: "Deputy Prime Minister and Foreign Minister".replace(" and ", " & ") },
    ]);
  });

  it("reads a caption's list of names under one plural office, each with its country", () => {
    expect(untitledNames("Foreign Ministers Sara Lund of Sweden, Li Hao of China and Tom Berg of Norway pose for a group photo.")).toEqual(
      expect.arrayContaining(["Sara Lund", "Li Hao", "Tom Berg"]),
    );
  });

  it("reads the office written out after “counterpart” as the title", () => {
    expect(names("Li Hao shook hands with his counterpart Romanian Prime Minister Victor Dan.")).toEqual([
      { name: "Victor Dan", title: "Romanian Prime Minister" },
    ]);
  });

  it("reads no company as a person", () => {
    expect(names("They involve China General Nuclear Power Corp and others.")).toEqual([]);
  });

  it("keeps lower-case particles inside a name", () => {
    expect(names("Wang Yi met with Saudi Foreign Minister Faisal bin Farhan Al Saud in Riyadh.")).toEqual([
      { name: "Faisal bin Farhan Al Saud", title: "Saudi Foreign Minister" },
    ]);
    expect(names("Xi Jinping met with European Commission President Ursula von der Leyen.")).toEqual([
      { name: "Ursula von der Leyen", title: "European Commission President" },
    ]);
  });

  it("separates two titled people joined by “and”", () => {
    expect(names("State Councilor and Foreign Minister Qin Gang and Pakistani Foreign Minister Bilawal Bhutto Zardari jointly met the press.")).toEqual([
      { name: "Qin Gang", title: "State Councilor and Foreign Minister" },
      { name: "Bilawal Bhutto Zardari", title: "Pakistani Foreign Minister" },
    ]);
  });

  it("stops a name at a possessive and ignores acronyms and datelines", () => {
    expect(names("Qin Gang conveyed President Xi Jinping’s cordial greetings to Alvi.")).toEqual([{ name: "Xi Jinping", title: "President" }]);
    expect(names("BERLIN, May 9 (Xinhua) -- Chinese Foreign Minister Wang Hao held talks in Berlin.")).toEqual([
      { name: "Wang Hao", title: "Chinese Foreign Minister" },
    ]);
  });
});

describe("untitledNames", () => {
  it("finds full names in subject position only", () => {
    expect(untitledNames("Amir Khan Muttaqi and Bilawal Bhutto Zardari said that cooperation matters.")).toEqual([
      "Amir Khan Muttaqi",
      "Bilawal Bhutto Zardari",
    ]);
    expect(untitledNames("The Belt and Road Initiative said nothing.")).toEqual([]);
  });
});
