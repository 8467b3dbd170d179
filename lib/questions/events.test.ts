import { describe, expect, it } from "vitest";
import { eventFrames } from "./events";
import { mentionFinder } from "./mentions";
import type { Person } from "./people";

const people: Person[] = [
  { name: "Qin Gang", title: "State Councilor and Foreign Minister" },
  { name: "Bilawal Bhutto Zardari", title: "Pakistani Foreign Minister" },
  { name: "Amir Khan Muttaqi", title: null },
  { name: "Asim Munir", title: null },
];
const find = mentionFinder(people);
const frames = (sentence: string) =>
  eventFrames(sentence, 1, find).map(({ verb, subjects, objects, event }) => ({
    verb,
    subjects: subjects.map((p) => p.name),
    objects: objects.map((p) => p.name),
    event,
  }));

describe("eventFrames", () => {
  it("reads what was told of the past as no part of the telling ('told B on Wednesday that they have met 42 times in the past')", () => {
    expect(
      frames("Qin Gang told visiting Pakistani Foreign Minister Bilawal Bhutto Zardari on Wednesday that they have met 42 times in the past 10 years.")[0],
    ).toMatchObject({
      verb: "meet",
      objects: ["Bilawal Bhutto Zardari"],
    });
  });

  it("reads no encounter of a sentence that opens with its earlier time ('Earlier this week, Xi held talks with …')", () => {
    expect(frames("Earlier this week, Qin Gang held talks with visiting Pakistani Foreign Minister Bilawal Bhutto Zardari in Beijing.")).toEqual([]);
  });

  it("reads 'meetings between A and B and C, respectively' as their meeting", () => {
    expect(
      frames(
        "The consensus was made during meetings between visiting Pakistani Foreign Minister Bilawal Bhutto Zardari and Qin Gang and Asim Munir, respectively.",
      )[0],
    ).toMatchObject({ verb: "meet", objects: ["Bilawal Bhutto Zardari", "Qin Gang", "Asim Munir"] });
  });

  it("reads 'In a talk with visiting B, A called for …' as their talks", () => {
    expect(frames("In a talk with visiting Pakistani Foreign Minister Bilawal Bhutto Zardari, Qin Gang called for fresh efforts.")[0]).toMatchObject({
      verb: "talks",
      objects: ["Bilawal Bhutto Zardari"],
    });
  });

  it("reads a reception at the airport as a welcome, not a meeting", () => {
    expect(frames("Pakistani Foreign Minister Bilawal Bhutto Zardari received Qin Gang at Islamabad International Airport.")[0]).toMatchObject({
      verb: "greet",
      subjects: ["Bilawal Bhutto Zardari"],
    });
    expect(frames("Pakistani Foreign Minister Bilawal Bhutto Zardari received Qin Gang in Islamabad on Friday.")[0]).toMatchObject({ verb: "meet" });
  });

  it("reads a bare 'presided' as chairing", () => {
    expect(frames("Pakistani Foreign Minister Bilawal Bhutto Zardari presided.")[0]).toMatchObject({ verb: "chair", subjects: ["Bilawal Bhutto Zardari"] });
  });

  it("reads a brief exchange with someone as meeting them", () => {
    expect(frames("Qin Gang made the remarks in a brief exchange with Pakistani Foreign Minister Bilawal Bhutto Zardari on the sidelines.")[0]).toMatchObject({
      verb: "meet",
      objects: ["Bilawal Bhutto Zardari"],
    });
  });

  it("names an event whole when a comma falls inside its brackets", () => {
    const [frame] = frames(
      "On August 2, 2019, Qin Gang attended the 20th ASEAN (Association of Southeast Asian Nations) Plus Three (China, Japan and the Republic of Korea (ROK)) (10+3) Foreign Ministers' Meeting in Bangkok, Thailand.",
    );
    expect(frame?.event).toBe("the 20th ASEAN Plus Three Foreign Ministers' Meeting");
  });

  it("reads who chaired and who attended in one sentence", () => {
    expect(
      frames("Pakistani Foreign Minister Bilawal Bhutto Zardari chaired the dialogue, and Acting Foreign Minister Amir Khan Muttaqi attended the dialogue."),
    ).toEqual([
      { verb: "chair", subjects: ["Bilawal Bhutto Zardari"], objects: [], event: "the dialogue" },
      { verb: "attend", subjects: ["Amir Khan Muttaqi"], objects: [], event: "the dialogue" },
    ]);
  });

  it("tells talks, phone calls and meetings apart", () => {
    expect(frames("Qin Gang held talks with Bilawal Bhutto Zardari in Islamabad.")[0]).toMatchObject({ verb: "talks", objects: ["Bilawal Bhutto Zardari"] });
    expect(frames("Qin Gang had a phone call with Bilawal Bhutto Zardari.")[0]).toMatchObject({ verb: "phone" });
    expect(frames("Qin Gang, who attended the dialogue in Islamabad, made the remarks in a phone conversation with Bilawal Bhutto Zardari.")[0]).toMatchObject({
      verb: "phone",
      subjects: ["Qin Gang"],
      objects: ["Bilawal Bhutto Zardari"],
    });
    expect(frames("Qin Gang met with Asim Munir in Islamabad.")[0]).toMatchObject({ verb: "meet", subjects: ["Qin Gang"], objects: ["Asim Munir"] });
  });

  it("reads a site visit with whoever accompanied, and talks named in a phrase before the subject", () => {
    expect(frames("Qin Gang, accompanied by Asim Munir, on Monday visited a memorial to the fallen.")).toEqual([
      { verb: "visit", subjects: ["Qin Gang", "Asim Munir"], objects: [], event: null },
    ]);
    expect(frames("He made the pledges while meeting the press with Asim Munir.")[0]).toMatchObject({ verb: "press", objects: ["Asim Munir"] });
    expect(frames("Qin Gang (L) shakes hands with Asim Munir during their meeting in Islamabad.")[0]).toMatchObject({ verb: "meet", objects: ["Asim Munir"] });
    expect(frames("Qin Gang (left) and Asim Munir (right) attend the opening ceremony.")[0]).toMatchObject({
      verb: "attend",
      subjects: ["Qin Gang", "Asim Munir"],
    });
    expect(frames("Qin Gang held long talks with Asim Munir in Islamabad.")[0]).toMatchObject({ verb: "talks", objects: ["Asim Munir"] });
    expect(frames("During his talks with Asim Munir, Qin Gang said so.")[0]).toMatchObject({ verb: "talks", subjects: ["Qin Gang"], objects: ["Asim Munir"] });
    expect(frames("At the airport, Qin Gang was warmly welcomed by Asim Munir.")[0]).toMatchObject({ verb: "greet", objects: ["Asim Munir"] });
    // "visited Pakistan" may be a visit of years past: no event.
    expect(frames("Asim Munir visited Pakistan in 2019.")).toEqual([]);
    expect(frames("In his talks with Bilawal Bhutto Zardari, Qin Gang said the two are partners.")).toEqual([
      { verb: "talks", subjects: ["Qin Gang"], objects: ["Bilawal Bhutto Zardari"], event: null },
    ]);
  });

  it("gives a participle the main clause's subject", () => {
    expect(frames("While meeting with Asim Munir on Saturday, Qin Gang said the two are partners.")).toEqual([
      { verb: "meet", subjects: ["Qin Gang"], objects: ["Asim Munir"], event: null },
    ]);
  });

  it("takes no one's possessive for their part in an event, but their own meeting", () => {
    expect(frames("Qin Gang, who is also Asim Munir's special representative, met with Amir Khan Muttaqi in Kabul.").map((frame) => frame.subjects)).toEqual([
      ["Qin Gang"],
    ]);
    expect(frames("A statement was issued after Qin Gang's meeting with Asim Munir.").flatMap((frame) => [...frame.subjects, ...frame.objects])).toEqual(
      expect.arrayContaining(["Qin Gang", "Asim Munir"]),
    );
  });

  it("never has anyone meet themselves", () => {
    expect(
      frames("Qin Gang's visit comes at a good time, Asim Munir said during his talks with Qin Gang in Beijing.").flatMap((frame) =>
        frame.objects.filter((name) => frame.subjects.includes(name)),
      ),
    ).toEqual([]);
  });

  it("reads a sentence that opens on 'Speaking at'", () => {
    expect(
      frames("Speaking at the opening ceremony of the Trade Seminar held in Auckland, Qin Gang told business leaders that ties are sound.").map((frame) => [
        frame.verb,
        frame.subjects,
      ]),
    ).toEqual([["speak", ["Qin Gang"]]]);
  });

  it("keeps an abbreviation's full stops inside an event's name ('hosted by U.S. friendly organizations')", () => {
    const [frame] = frames("Qin Gang attended a welcome banquet hosted by U.S. friendly organizations in Washington.");
    expect(frame?.event).toBe("a welcome banquet hosted by U.S. friendly organizations");
  });

  it("keeps a multi-word event name whole", () => {
    expect(frames("Qin Gang held the fourth round of China-Pakistan Foreign and Strategic Dialogue with Bilawal Bhutto Zardari in Islamabad.")).toEqual([
      { verb: "hold", subjects: ["Qin Gang"], objects: ["Bilawal Bhutto Zardari"], event: "the fourth round of China-Pakistan Foreign and Strategic Dialogue" },
    ]);
  });

  it("reads no one an envoy stands for as present ('as the special envoy of President Xi Jinping, met with …')", () => {
    const withXi = mentionFinder([...people, { name: "Xi Jinping", title: "President" }]);
    const sentence = "Qin Gang, who was attending the ceremony as the special envoy of President Xi Jinping, met with Bilawal Bhutto Zardari in New York.";
    const meet = eventFrames(sentence, 1, withXi).find((frame) => frame.verb === "meet");
    expect(meet?.subjects.map((person) => person.name)).toEqual(["Qin Gang"]);
    const titled = "Special Envoy of President Xi Jinping and Foreign Minister Qin Gang attended the United Nations Climate Summit in New York.";
    const attend = eventFrames(titled, 1, withXi).find((frame) => frame.verb === "attend");
    expect(attend?.subjects.map((person) => person.name)).toEqual(["Qin Gang"]);
  });

  it("reads 'A told B here on Thursday' as a meeting, and 'A told reporters' as none", () => {
    expect(
      frames("Foreign Minister Bilawal Bhutto Zardari told Chinese Foreign Minister Qin Gang here on Thursday that Pakistan values ties.").map((frame) => [
        frame.verb,
        frame.objects,
      ]),
    ).toEqual([["meet", ["Qin Gang"]]]);
    expect(frames("Qin Gang told reporters on Thursday that China values ties.")).toEqual([]);
  });

  it("reads a reception at the airport as a welcome, and a reception by someone as a meeting", () => {
    expect(frames("Qin Gang was received at the airport by Bilawal Bhutto Zardari.").map((frame) => frame.verb)).toEqual(["greet"]);
    expect(frames("Qin Gang received Bilawal Bhutto Zardari in Beijing.").map((frame) => frame.verb)).toEqual(["meet"]);
    // A message received is no meeting with its sender.
    expect(frames("Bilawal Bhutto Zardari has received a message from Qin Gang on ties.").map((frame) => frame.verb)).toEqual([]);
  });

  it("reads a meeting of a named committee held with someone as a meeting", () => {
    expect(
      frames(
        "Qin Gang held a heads-of-delegation meeting of the China-Pakistan Steering Committee for Bilateral Cooperation with Bilawal Bhutto Zardari in Islamabad.",
      ).map((frame) => [frame.verb, frame.objects]),
    ).toEqual([["meet", ["Bilawal Bhutto Zardari"]]]);
  });

  it("reads no one as present at a visit a spokesperson announced", () => {
    const spokesperson = mentionFinder([...people, { name: "Hua Chunying", title: "spokesperson" }]);
    const sentence =
      "At the invitation of Qin Gang, Bilawal Bhutto Zardari will pay a visit to China, Chinese foreign ministry spokesperson Hua Chunying announced here on Friday.";
    expect(eventFrames(sentence, 1, spokesperson).filter((frame) => frame.verb === "agree")).toEqual([]);
    expect(frames("At the invitation of Qin Gang, Bilawal Bhutto Zardari will pay a visit to China, it was announced on Tuesday.")).toEqual([]);
    expect(
      frames("Qin Gang and Bilawal Bhutto Zardari announced on Friday that the two countries would hold a dialogue.").map((frame) => frame.verb),
    ).toContain("agree");
  });

  it("reads a list of plans as plans, commas and all ('will hold talks with …, jointly meet the press and …')", () => {
    expect(frames("Qin Gang will hold talks with Bilawal Bhutto Zardari, jointly meet the press and witness the signing of documents.")).toEqual([]);
  });

  it("ignores a noun 'meeting' and sentences without people", () => {
    expect(frames("Qin Gang said that China expects more trust through the meeting.")).toEqual([]);
    expect(frames("The two sides met the press.")).toEqual([]);
  });
});

describe("mentionFinder", () => {
  it("resolves a surname used alone, longest name first", () => {
    const found = find("For his part, Munir said Qin Gang and Qin agreed.").map((m) => m.person.name);
    expect(found).toEqual(["Asim Munir", "Qin Gang", "Qin Gang"]);
  });

  it("leaves a word shared by two names unresolved", () => {
    const shared = mentionFinder([
      { name: "Imran Khan", title: null },
      { name: "Amir Khan", title: null },
    ]);
    expect(shared("Khan said so.")).toEqual([]);
  });
});

describe("the two people named last", () => {
  it("are 'the two foreign ministers' who held talks", () => {
    const qin = people[0]!;
    const bilawal = people[1]!;
    const found = eventFrames("The two foreign ministers held talks, reviewing the friendly relations between the two countries.", 2, find, qin, [
      qin,
      bilawal,
    ]);
    expect(found[0]).toMatchObject({ verb: "talks" });
    expect(found[0]!.subjects.map((person) => person.name).sort()).toEqual(["Bilawal Bhutto Zardari", "Qin Gang"]);
    // Without two people named before, nobody.
    expect(eventFrames("The two foreign ministers held talks in Islamabad.", 2, find, null, [])).toEqual([]);
  });
});
