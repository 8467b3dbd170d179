import { describe, expect, it } from "vitest";
import { unclosedBracket, withoutBrackets } from "./brackets";

describe("brackets", () => {
  it("tells a text cut inside a bracket", () => {
    expect(unclosedBracket("the 20th ASEAN Plus Three (China")).toBe(true);
    expect(unclosedBracket("the China-ASEAN (10+1) meeting")).toBe(false);
  });

  it("drops bracketed asides, nested ones too", () => {
    expect(withoutBrackets("the ASEAN Plus Three (China, Japan and the Republic of Korea (ROK)) (10+3) Meeting")).toBe("the ASEAN Plus Three Meeting");
  });
});
