import { describe, expect, it } from "vitest";
import { splitClauses } from "./clauses";

const texts = (content: string) => splitClauses(content).map((clause) => clause.text);

describe("splitClauses", () => {
  it("splits at commas before a verb and keeps noun lists whole", () => {
    expect(
      texts(
        "accelerate major projects of the CPEC, plan and conduct industrial cooperation, and actively expand cooperation in new areas including agriculture, technology and new energy, in a bid to help Pakistan achieve development.",
      ),
    ).toEqual([
      "accelerate major projects of the CPEC",
      "plan and conduct industrial cooperation",
      "actively expand cooperation in new areas including agriculture, technology and new energy",
    ]);
  });

  it("keeps a gerund inside a list of adjectives, and splits at one that takes an object", () => {
    expect(texts("host the Games on a green, sharing, open and clean basis, and ensure a splendid Games")).toEqual([
      "host the Games on a green, sharing, open and clean basis",
      "ensure a splendid Games",
    ]);
    expect(texts("deepen trade, jointly safeguarding peace in the region")).toEqual(["deepen trade", "jointly safeguarding peace in the region"]);
  });

  it("drops a trailing attribution and a purpose tail", () => {
    expect(texts("welcome Chinese students and researchers, Hartmann said.")).toEqual(["welcome Chinese students and researchers"]);
    expect(texts("strengthen exchanges, so as to bring the peoples closer.")).toEqual(["strengthen exchanges"]);
  });

  it("gives offsets into the content", () => {
    const content = "uphold friendship, deepen mutual trust.";
    for (const clause of splitClauses(content)) expect(content.slice(clause.start, clause.start + clause.text.length)).toBe(clause.text);
  });
});
