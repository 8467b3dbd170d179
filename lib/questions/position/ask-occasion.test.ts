import { describe, expect, it } from "vitest";
import { parseDocument } from "../../content/parse-document";
import { buildQuestionBank } from "../build-question-bank";

// "On which occasion of Wang Yi's visit did … say …?": the visit's other occasions as wrong
// choices, never one with the same counterpart, never one where the same was said.

const section = (headline: string, label: string, body: string) => `${headline}（${label}）\n\n${body}`;
const visit = (...sections: string[]) => parseDocument(`date 2024-05-04\n${sections.join("\n\n")}`, "fixture.txt");
const occasions = (...sections: string[]) => buildQuestionBank(visit(...sections)).questions.filter((question) => question.kind === "occasion");

const meetings = [
  section(
    "Wang Yi Meets with Kenyan President William Ruto",
    "会见肯尼亚总统",
    "On May 1, 2024, Foreign Minister Wang Yi met with Kenyan President William Ruto in Nairobi. Ruto said that Kenya is ready to expand exports of avocados and tea to the Chinese market.",
  ),
  section(
    "Wang Yi Meets with Kenyan Speaker Moses Wetangula",
    "会见肯尼亚议长",
    "On May 2, 2024, Foreign Minister Wang Yi met with Kenyan Speaker Moses Wetangula in Nairobi. Wetangula said that Kenya is ready to train young legislators with Chinese lawmakers.",
  ),
  section(
    "Wang Yi Meets with Kenyan Governor Johnson Sakaja",
    "会见内罗毕州长",
    "On May 3, 2024, Foreign Minister Wang Yi met with Kenyan Governor Johnson Sakaja in Nairobi. Sakaja said that Kenya is ready to build bus rapid transit lines with Chinese firms.",
  ),
];

describe("occasion questions", () => {
  it("ask where a party said what, the other occasions as wrong choices", () => {
    const asked = occasions(...meetings);
    const question = asked.find((candidate) => candidate.prompt.en.includes("avocados"));
    // Whose visit, for a learner meeting it among other visits' questions.
    expect(question?.prompt.en).toBe("On which occasion of Wang Yi's visit did Kenya say it would “expand exports of avocados and tea to the Chinese market”?");
    expect(question?.answer).toBe("meeting with William Ruto");
    expect([...(question?.choices ?? [])].sort()).toEqual(["meeting with Johnson Sakaja", "meeting with Moses Wetangula", "meeting with William Ruto"]);
    expect(question?.prompt.zh).toBe("肯尼亚在王毅访问期间的哪一场合承诺：“expand exports of avocados and tea to the Chinese market”？");
  });

  it("never quote the reporter's attribution, which names the speaker", () => {
    const said = meetings.map((text) => text.replace(/ Chinese (market|lawmakers|firms)\./, " Chinese $1, said the president."));
    expect(occasions(...said).filter((question) => /said the president/.test(question.prompt.en))).toEqual([]);
    expect(occasions(...meetings).some((question) => question.prompt.en.includes("avocados"))).toBe(true);
  });

  it("never offer an occasion where much the same was said", () => {
    const repeated = meetings.map((text, index) =>
      index === 2 ? text.replace("build bus rapid transit lines with Chinese firms", "expand exports of avocados to the Chinese market") : text,
    );
    const question = occasions(...repeated).find((candidate) => candidate.prompt.en.includes("avocados and tea"));
    expect(question).toBeUndefined();
  });

  it("never ask with fewer than two fair wrong choices", () => {
    expect(occasions(meetings[0]!, meetings[1]!)).toEqual([]);
  });
});
