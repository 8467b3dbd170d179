import { describe, expect, it } from "vitest";
import { pickChoices } from "./choices";
import { mulberry32 } from "../random";

describe("pickChoices", () => {
  const pool = ["Arif Alvi", "Qin Gang", "Xi Jinping", "Asim Munir", "Amir Khan Muttaqi", "Bilawal Bhutto Zardari"];

  it("offers the answer and three distinct wrong choices, never one that is also correct", () => {
    for (let seed = 0; seed < 50; seed++) {
      const choices = pickChoices("Qin Gang", pool, ["Bilawal Bhutto Zardari", "Amir Khan Muttaqi"], mulberry32(seed));
      expect(choices).toHaveLength(4);
      expect(choices).toContain("Qin Gang");
      expect(new Set(choices).size).toBe(4);
      expect(choices).not.toContain("Bilawal Bhutto Zardari");
      expect(choices).not.toContain("Amir Khan Muttaqi");
    }
  });

  it("offers fewer choices rather than padding a small pool", () => {
    expect(pickChoices("Islamabad", ["Islamabad", "Sudan"], [], mulberry32(1)).sort()).toEqual(["Islamabad", "Sudan"]);
    expect(pickChoices("Islamabad", ["islamabad"], [], mulberry32(1))).toEqual(["Islamabad"]);
  });

  it("is deterministic for a seed", () => {
    expect(pickChoices("Qin Gang", pool, [], mulberry32(9))).toEqual(pickChoices("Qin Gang", pool, [], mulberry32(9)));
  });
});
