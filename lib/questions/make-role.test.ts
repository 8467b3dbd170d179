import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { buildQuestionBank } from "./build-question-bank";
import { officeOf, wordsWithin } from "./make-role";

describe("officeOf", () => {
  it("leaves out the country before the office, in any of its adjective forms", () => {
    expect(officeOf("Pakistani Foreign Minister")).toBe("Foreign Minister");
    expect(officeOf("Djiboutian President")).toBe("President");
    // world-countries spells it "Ecuadorean"; releases write "Ecuadorian".
    expect(officeOf("Ecuadorian President")).toBe("President");
  });

  it("leaves out the country, or the republic, after the office", () => {
    expect(officeOf("Foreign Minister of Solomon Islands")).toBe("Foreign Minister");
    expect(officeOf("President of the Republic of the Congo")).toBe("President");
    expect(officeOf("Ambassador to Cambodia")).toBe("Ambassador");
  });

  it("keeps what follows the office when it is no country", () => {
    expect(officeOf("Minister of Foreign Affairs")).toBe("Minister of Foreign Affairs");
  });
});

describe("wordsWithin", () => {
  it("tells one office written two ways ('Army Chief', 'Chief of Army Staff') from two offices", () => {
    expect(wordsWithin("Chief of Army Staff", "Army Chief")).toBe(true);
    expect(wordsWithin("Speaker of the Parliament", "Parliament Speaker")).toBe(true);
    expect(wordsWithin("Defence Minister", "Army Chief")).toBe(false);
  });
});

describe("role questions", () => {
  it("offer no other name of the answer's office ('Vice Premier' for a 'Deputy Prime Minister')", () => {
    const roles = buildQuestionBank(
      parseDocument(
        [
          "date 2024-05-16 On May 14, 2024, Vice Premier Liu Hao met with Deputy Prime Minister Serik Omarov and Foreign Minister Murat Nurtleu in Astana.",
          "",
          "Liu Hao also met with Chief of General Staff Ivan Petrov and Vice Foreign Minister Sergei Orlov.",
        ].join("\n"),
        "offices.txt",
      ),
    ).questions.filter((question) => question.kind === "role" && question.answer === "Deputy Prime Minister");
    expect(roles.flatMap((question) => question.choices)).not.toContain("Vice Premier");
  });

  it("ask no office that carries its country ('Philippine') or an international body's name among bare national offices", () => {
    const roles = buildQuestionBank(
      parseDocument(
        [
          "date 2014-02-09 On Feb. 6, 2014, President Xi Hao met with Philippine Foreign Secretary Alberto Reyes and IOC President Thomas Bachmann in Sochi.",
          "",
          "Xi Hao also met with Chief of General Staff Ivan Petrov and Vice Foreign Minister Sergei Orlov.",
        ].join("\n"),
        "roles.txt",
      ),
    ).questions.filter((question) => question.kind === "role");
    expect(roles.map((question) => question.answer)).not.toContain("Philippine Foreign Secretary");
    expect(
      roles.filter((question) => question.answer.includes("IOC")).flatMap((question) => question.choices.filter((choice) => choice !== question.answer)),
    ).toEqual(expect.not.arrayContaining(["Chief of General Staff", "Vice Foreign Minister"]));
  });

  it("offer no bare office word ('Chairman') beside whole offices", () => {
    const text = [
      "date 2012-02-17 On February 14, 2012, Vice President Li Hao met House Speaker John Bonner, Senate Minority Leader Mitch Conway and Iowa Governor Terry Brand in Washington.",
      "",
      "Li Hao conveyed the greetings of Chairman Wu Bangguo to House Speaker John Bonner.",
      "",
      "Li Hao met Lieutenant Governor Kim Reyes in Des Moines.",
    ].join("\n");
    const roles = buildQuestionBank(parseDocument(text, "roles.txt")).questions.filter((question) => question.kind === "role");
    expect(roles.length).toBeGreaterThan(0);
    for (const question of roles) expect(question.choices).not.toContain("Chairman");
  });
});
