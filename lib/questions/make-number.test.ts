import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { analyseDocument } from "./analysis";
import { numberQuestions } from "./make-number";
import { numbersIn } from "./number-choices";

const numbersOf = (lines: string[]) => {
  const analysis = analyseDocument(parseDocument(lines.join("\n"), "numbers.txt"));
  return analysis.sections.flatMap((section) => numberQuestions(section, analysis)).map((draft) => draft.answer);
};

describe("numberQuestions", () => {
  it("asks no number that places someone in a photo", () => {
    expect(numbersOf(["date 2021-07-18 Wang Hao (3rd L) meets Sami Adel (3rd R) in Damascus, on July 17, 2021."])).toEqual([]);
  });

  it("asks no leg of a tour that the document counts two ways", () => {
    const lines = [
      "date 2009-02-14 Wang Hao Arrives in Bamako（抵达巴马科）",
      "",
      "Wang Hao arrived in Mali, the second leg of his tour, and held talks with Sami Adel.",
      "",
      "Wang Hao Opens a Bridge（出席大桥奠基仪式）",
      "",
      "Wang Hao arrived in Bamako on Thursday on the third leg of his tour.",
    ];
    expect(numbersOf(lines)).toEqual([]);
    expect(numbersOf(lines.slice(0, 3))).toEqual(["second"]);
  });
});

describe("quotedSentence", () => {
  it("leaves no quotation mark unpaired by the cut", async () => {
    const { quotedSentence } = await import("./render");
    expect(quotedSentence('"We hope … enhance ____ …')).toBe("“We hope … enhance ____ …”");
    expect(quotedSentence("He said “we hope” to enhance ____.")).toBe("“He said “we hope” to enhance ____.”");
  });
});

describe("wrong numbers the world rules out", () => {
  it("never make ties with the People's Republic older than 1949", () => {
    const [anniversary] = numbersIn("The two countries celebrate the 40th anniversary of the establishment of diplomatic relations this year.", 2010);
    expect(anniversary?.near.every((near) => parseInt(near, 10) <= 61)).toBe(true);
    const [years] = numbersIn("Since the two countries established diplomatic ties 41 years ago, they have supported each other.", 2016);
    expect(years?.near.every((near) => Number(near) <= 67)).toBe(true);
  });
});
