import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

describe("splitSentences", () => {
  it("splits on full stops before a capital", () => {
    expect(splitSentences("Qin Gang said this. He added that. China agrees!")).toEqual(["Qin Gang said this.", "He added that.", "China agrees!"]);
  });

  it("keeps abbreviations, initials and numbered items whole", () => {
    expect(splitSentences("Mr. Wang met U.S. Secretary of State Antony J. Blinken on Sept. 3. No. 1 priority is trade.")).toEqual([
      "Mr. Wang met U.S. Secretary of State Antony J. Blinken on Sept. 3.",
      "No. 1 priority is trade.",
    ]);
  });

  it("keeps a closing quote with its sentence", () => {
    expect(splitSentences("“We are partners,” Keller said. “Cooperation wins.” The talks ended.")).toEqual([
      "“We are partners,” Keller said.",
      "“Cooperation wins.”",
      "The talks ended.",
    ]);
  });

  it("does not split inside decimals or before lower-case words", () => {
    expect(splitSentences("Trade grew 3.5 percent. e.g. this stays.")).toEqual(["Trade grew 3.5 percent. e.g. this stays."]);
  });
});
