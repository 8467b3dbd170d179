import { describe, expect, it } from "vitest";
import { eventFrames } from "./events";
import { mentionFinder } from "./mentions";
import type { Person } from "./people";

// Readings of encounters that the eighth round's development sets showed missing or wrong,
// on invented sentences: passive and active welcomes, relative asides, plans, briefings.

const people: Person[] = [
  { name: "Wang Hao", title: "Foreign Minister" },
  { name: "Anna Berg", title: "Prime Minister" },
  { name: "Tomas Lind", title: "President" },
];
const find = mentionFinder(people);
const frames = (sentence: string) =>
  eventFrames(sentence, 1, find).map(({ verb, subjects, objects }) => ({ verb, subjects: subjects.map((p) => p.name), objects: objects.map((p) => p.name) }));

describe("eventFrames reads", () => {
  it("a signing witnessed by both leaders, and a host who welcomed or held a welcoming ceremony for the guest", () => {
    expect(frames("The signing ceremony was witnessed by Wang Hao and Prime Minister Anna Berg in Oslo.")).toEqual([
      { verb: "greet", subjects: [], objects: ["Wang Hao", "Anna Berg"] },
    ]);
    expect(frames("Prime Minister Anna Berg welcomed Wang Hao at the Foreign Ministry.")[0]).toMatchObject({ subjects: ["Anna Berg"], objects: ["Wang Hao"] });
    expect(frames("Wang Hao held a welcoming ceremony for President Tomas Lind.")[0]).toMatchObject({ subjects: ["Wang Hao"], objects: ["Tomas Lind"] });
  });

  it("a host as the host of what he hosted: a guest received, a summit held, a dialogue as talks, a ceremony as a welcome", () => {
    expect(frames("Wang Hao hosted President Tomas Lind on Friday.")[0]).toMatchObject({ verb: "meet", objects: ["Tomas Lind"] });
    expect(frames("Wang Hao hosted the Seventh Nordic Summit with Prime Minister Anna Berg.")[0]).toMatchObject({ verb: "hold", objects: ["Anna Berg"] });
    expect(frames("Wang Hao and Anna Berg jointly hosted a diplomatic strategic dialogue on Wednesday.")[0]).toMatchObject({
      verb: "talks",
      subjects: ["Wang Hao", "Anna Berg"],
    });
    expect(frames("Wang Hao hosted a ceremony on Thursday to welcome President Tomas Lind.")[0]).toMatchObject({ verb: "greet", objects: ["Tomas Lind"] });
  });

  it("the subject before a chain of titles, and no encounter of years past nor support received", () => {
    expect(
      frames(
        "On 4 September local time, Wang Hao, Special Representative of President Tomas Lind, Member of the Political Bureau of the Central Committee of the Communist Party of China (CPC), and Director of the Office, met with Prime Minister Anna Berg in Oslo.",
      ),
    ).toEqual([{ verb: "meet", subjects: ["Wang Hao"], objects: ["Anna Berg"] }]);
    expect(frames("Wang Hao said, President Tomas Lind and Prime Minister Anna Berg have met several times and ushered ties into a new era.")).toEqual([]);
    expect(frames("Wang Hao stressed that the initiatives proposed by President Tomas Lind have received wide support from the world.")).toEqual([]);
    expect(frames("Wang Hao was received by President Tomas Lind on Monday.")[0]).toMatchObject({ verb: "meet", objects: ["Tomas Lind"] });
  });

  it("everyone of a list a relative aside interrupts, and no one the aside names", () => {
    expect(frames("Minister Anna Berg, who is the Acting Director-General (DG) of the Commission, and Wang Hao signed the agreement.")[0]).toMatchObject({
      verb: "agree",
      subjects: ["Anna Berg", "Wang Hao"],
    });
    expect(frames("Anna Berg, who met President Tomas Lind last week, and Wang Hao signed the agreement.")[0]).toMatchObject({
      subjects: ["Anna Berg", "Wang Hao"],
    });
  });

  it("a meeting as a meeting, not as talks, and friendly exchanges as talks", () => {
    expect(frames("Wang Hao had a meeting with Anna Berg inside a garden.")[0]).toMatchObject({ verb: "meet", objects: ["Anna Berg"] });
    expect(frames("Wang Hao and Anna Berg had friendly exchanges on Friday.")[0]).toMatchObject({ verb: "talks", subjects: ["Wang Hao", "Anna Berg"] });
  });

  it("the subjects before a relative aside, and no verb inside it", () => {
    expect(frames("Wang Hao and his counterpart, Anna Berg, who is on a state visit, witnessed the signing of the agreements.")).toEqual([
      { verb: "present", subjects: ["Wang Hao", "Anna Berg"], objects: [] },
    ]);
    expect(frames("Wang Hao and President Tomas Lind, which holds the rotating chair this year, presided over the summit.")).toEqual([
      { verb: "chair", subjects: ["Wang Hao", "Tomas Lind"], objects: [] },
    ]);
  });

  it("nothing still to come, a verb joined to a planned one included", () => {
    expect(frames("Wang Hao will meet with President Tomas Lind and hold talks with Prime Minister Anna Berg.")).toEqual([]);
    expect(frames("He was delivering the lecture in the city where Wang Hao will also be attending the summit.")).toEqual([]);
  });

  it("a briefing's speakers, and a delegation arriving by plane", () => {
    expect(frames("Wang Hao and Anna Berg introduced relevant information and answered questions from Chinese and foreign journalists.")[0]).toMatchObject({
      subjects: ["Wang Hao", "Anna Berg"],
    });
    expect(frames("The accompanying officials including Wang Hao arrived by the same plane.")[0]).toMatchObject({ verb: "arrive", subjects: ["Wang Hao"] });
  });

  it("a departure as the section's event, and a speech given with no place after it", () => {
    expect(frames("Wang Hao left Beijing on Tuesday for a summit in Oslo.")[0]).toMatchObject({ verb: "arrive", subjects: ["Wang Hao"] });
    expect(frames("During the opening ceremony, Wang Hao gave a speech, announcing ten programmes.")[0]).toMatchObject({
      verb: "speak",
      subjects: ["Wang Hao"],
    });
  });

  it("a signing and an inauguration by both leaders, a statement signed by both, and a group photo", () => {
    expect(frames("Wang Hao and Prime Minister Anna Berg signed the tourism agreement in Oslo.")[0]).toMatchObject({ subjects: ["Wang Hao", "Anna Berg"] });
    expect(frames("Wang Hao and Prime Minister Anna Berg inaugurated the bridge on Thursday.")[0]).toMatchObject({ subjects: ["Wang Hao", "Anna Berg"] });
    expect(
      frames("The two sides agreed, according to a joint statement signed Wednesday by Wang Hao and Anna Berg.").some((frame) => frame.objects.length === 2),
    ).toBe(true);
    expect(frames("Wang Hao and Anna Berg pose for a group photo during the meeting.")[0]).toMatchObject({ subjects: ["Wang Hao", "Anna Berg"] });
    // Signed at talks: the talks are the event.
    expect(frames("Wang Hao and Anna Berg signed a joint declaration after holding talks.").map((frame) => frame.verb)).not.toContain("agree");
  });

  it("a call taken from someone, and a handshake of several named left to right", () => {
    expect(frames("On 27 March, President Tomas Lind took a phone call from Wang Hao.")[0]).toMatchObject({
      verb: "phone",
      subjects: ["Tomas Lind"],
      objects: ["Wang Hao"],
    });
    expect(frames("Wang Hao, Anna Berg and Tomas Lind (L-R) shake hands after signing an agreement.")[0]).toMatchObject({
      subjects: ["Wang Hao", "Anna Berg", "Tomas Lind"],
    });
  });

  it("no plan's second verb ('is scheduled to meet X and hold talks with Y')", () => {
    expect(frames("Wang Hao is scheduled to meet with President Tomas Lind and hold talks with Prime Minister Anna Berg later Tuesday.")).toEqual([]);
  });
});
