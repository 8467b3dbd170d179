import { describe, expect, it } from "vitest";
import { partiesNamed, personCountry } from "./parties";

describe("personCountry", () => {
  it("reads the longest country name a title holds", () => {
    // "Guinea" alone would name another country.
    expect(personCountry({ name: "Rimbink Pato", title: "Foreign Minister" }, ["Papua New Guinea"])).toBe("Papua New Guinea");
    expect(personCountry({ name: "Penny Wong", title: "Australian Foreign Minister" }, [])).toBe("Australia");
  });

  it("names no country where the title has none", () => {
    expect(personCountry({ name: "Wang Yi", title: "State Councilor and Foreign Minister" }, [])).toBeNull();
  });
});

describe("partiesNamed", () => {
  it("reads a capital standing for its government as its country", () => {
    expect([...partiesNamed("Beijing stands ready to work with Ulan Bator to deepen ties.")].sort()).toEqual(["China", "Mongolia"]);
    expect([...partiesNamed("The two sides will deepen practical cooperation.")]).toEqual([]);
  });
});
