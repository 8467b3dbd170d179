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

  it("ends a sentence at a stop whose space the copy lost, but not inside an abbreviation or an address", () => {
    expect(splitSentences("He met his counterpart, Julie Keller.They talked for an hour.")).toEqual([
      "He met his counterpart, Julie Keller.",
      "They talked for an hour.",
    ]);
    expect(splitSentences('Ties have broad prospects."China will help," he said.')).toEqual(['Ties have broad prospects."', 'China will help," he said.']);
    expect(splitSentences("He visited St.Petersburg and read www.Xinhua.Net with Mr.Wang, a U.S.Government guest.")).toHaveLength(1);
  });
});
