import { describe, expect, it } from "vitest";
import { officeBranch, sameBranch } from "./office-branch";

describe("wrong offices by branch", () => {
  it("offer a speaker only beside another office of a legislature", () => {
    expect(sameBranch("Parliament Speaker", ["Chief of Army Staff", "Interior Minister", "Defence Minister"])).toEqual([]);
    expect(sameBranch("Parliament Speaker", ["President of the Senate", "Interior Minister", "Defence Minister"])).toHaveLength(3);
  });

  it("offer a Secretary of State only beside another secretary", () => {
    expect(sameBranch("Secretary of State", ["Defence Minister", "Chief of Army Staff", "Interior Minister"])).toEqual([]);
    expect(sameBranch("Secretary of State", ["Commerce Secretary", "Defence Minister", "Interior Minister"])).toHaveLength(3);
  });

  it("leave offices of no such branch alone", () => {
    expect(officeBranch("Chief of Army Staff")).toBeNull();
    expect(sameBranch("Chief of Army Staff", ["Foreign Minister", "Minister of Commerce"])).toHaveLength(2);
  });
});
