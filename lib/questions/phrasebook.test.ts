import { describe, expect, it } from "vitest";
import { phrasebook } from "./phrasebook";
import { stanceAt } from "./stances";

describe("phrasebook", () => {
  it("offers a clause only to documents written after its release", () => {
    expect(phrasebook("do", "2030-01-01")).toContain("oppose decoupling and severing supply chains");
    // "oppose decoupling" (2023) means nothing in a 2013 visit.
    expect(phrasebook("do", "2013-06-01")).not.toContain("oppose decoupling and severing supply chains");
    expect(phrasebook("do", "2000-01-01")).toEqual([]);
  });
});

describe("stanceAt", () => {
  it("reads a pledge after 'will', but not the visit's programme", () => {
    expect(stanceAt(" will deepen practical cooperation.")).toMatchObject({ stance: "pledge" });
    expect(stanceAt(" will also witness the signing of cooperation deals.")).toBeNull();
    expect(stanceAt(" will wrap up his trip in the Congo.")).toBeNull();
  });
});
