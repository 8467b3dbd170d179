import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { analyseDocument } from "./analysis";
import { buildQuestionBank } from "./build-question-bank";
import { peopleCountries } from "./positions";

// One person however the text spells them, and of no country a neighbouring clause names.

const analyse = (lines: string[]) => analyseDocument(parseDocument(lines.join("\n"), "people.txt"));

describe("people of a document", () => {
  it("are one person under a misspelling or a stroked letter", () => {
    const analysis = analyse([
      "date 2016-04-15 On April 14, 2016, Chairman Yu Zhengsheng met with Speaker Guillaume Soro in Abidjan.",
      "",
      "Yu Zhensheng said that the two countries respect each other. Director-General Michael Møller and Michael Moller spoke.",
    ]);
    const names = analysis.people.map((person) => person.name);
    expect(names.filter((name) => name.startsWith("Yu "))).toEqual(["Yu Zhengsheng"]);
    expect(names.filter((name) => name.startsWith("Michael "))).toHaveLength(1);
  });

  it("are one person with and without a patronymic's ending, or a first name and a letter off", () => {
    const analysis = analyse([
      "date 2022-11-29 Mongolian President Ukhnaagiin Khurelsukh met Premier Li Hao. Pakistani Prime Minister Shahbaz Sharif met Premier Li Hao.",
      "",
      "President Ukhnaa Khurelsukh said Mongolia values ties. Prime Minister Muhammad Shehbaz Sharif said Pakistan values ties.",
    ]);
    const names = analysis.people.map((person) => person.name);
    expect(names.filter((name) => name.includes("Khurelsukh"))).toHaveLength(1);
    expect(names.filter((name) => name.includes("Sharif"))).toHaveLength(1);
    const greek = analyse(["date 2006-05-24 Speaker Anna Psarouda-Benaki met Chairman Li Hao. Speaker Anna Benaki said Greece values ties."]);
    expect(greek.people.map((person) => person.name).filter((name) => name.includes("Benaki"))).toEqual(["Anna Psarouda-Benaki"]);
  });

  it("are known by the full name a caption gives beside a titled short form ('Jia Qinglin (L), chairman of …')", () => {
    const analysis = analyse([
      "date 2010-03-28 Jia Hao (L), chairman of the National Committee of the Chinese People's Political Consultative Conference, meets with Namibian President Sami Adel in Windhoek.",
      "",
      "Chairman Jia said China values ties with Namibia.",
    ]);
    const names = analysis.people.map((person) => person.name);
    expect(names.filter((name) => name.startsWith("Jia"))).toEqual(["Jia Hao"]);
  });

  it("are known by the glossary's full name beside a titled short form ('Vice Premier Liu' and 'Liu He')", () => {
    const analysis = analyse(["date 2018-05-20 Vice Premier Liu met with members of the U.S. Congress. Trump told Liu He that trade matters."]);
    expect(analysis.people.map((person) => person.name).filter((name) => name.startsWith("Liu"))).toEqual(["Liu He"]);
  });

  it("read 'H.E. Mr.', a headline's 'Welcomes Chinese', 'arap' and a run-on 'Rongjion' right", () => {
    const analysis = analyse([
      "date 2002-04-22 Kenyan Vice President H.E. Mr. Moody Awori met Premier Zhu Rongji. Kenyan President Daniel arap Moi hosted a dinner.",
      "",
      "Cameroonian President Welcomes Chinese Premier at Airport",
      "",
      "Visiting Chinese Premier Zhu Rongjion Sunday drew a rosy picture of trade.",
    ]);
    const names = analysis.people.map((person) => person.name);
    expect(names).toEqual(expect.arrayContaining(["Moody Awori", "Zhu Rongji", "Daniel arap Moi"]));
    expect(names.filter((name) => /H\.E|Welcomes|Rongjion|^Daniel$/.test(name))).toEqual([]);
  });

  it("end a name at a dash glued to the next word ('Xi Jinping－have')", () => {
    const analysis = analyse(["date 2022-09-08 The initiatives, both proposed by President Li Hao－have contributed ideas, Premier Wang Tao said."]);
    expect(analysis.people.map((person) => person.name)).toContain("Li Hao");
    expect(analysis.people.map((person) => person.name).filter((name) => name.includes("－"))).toEqual([]);
  });

  it("take no name from inside an institution ('President of the Tunisian National Assembly')", () => {
    const analysis = analyse(["date 2002-04-18 Jiang Zemin met with Fouad Mebazaa, President of the Tunisian National Assembly, in Tunis."]);
    expect(analysis.people.map((person) => person.name)).not.toContain("National");
  });

  it("take no country from a clause a comma closes", () => {
    const analysis = analyse([
      "date 2016-12-13 After talks with Didier Burkhalter of Switzerland in Neuchatel of Switzerland, Foreign Minister Wang Hao visited Geneva.",
    ]);
    const wang = analysis.people.find((person) => person.name === "Wang Hao")!;
    expect(peopleCountries(analysis).get(wang)).toBeUndefined();
  });
});

describe("wrong choices for the visitor's counterpart", () => {
  it("are never whoever sent the visitor's greetings", () => {
    const bank = buildQuestionBank(
      parseDocument(
        [
          "date 2016-04-19 Yu Zhengsheng Meets Speaker Guillaume Soro（会见议长）",
          "",
          "On April 14, 2016, Chairman Yu Zhengsheng met with Speaker Guillaume Soro in Abidjan. Yu conveyed warm greetings from Chairman Zhang Dejiang to Soro.",
          "",
          "Yu Zhengsheng Meets Speaker Edward Doe Adjaho（会见议长）",
          "",
          "On April 18, 2016, Chairman Yu Zhengsheng met with Speaker Edward Doe Adjaho in Accra.",
          "",
          "Yu Zhengsheng Meets President John Mahama（会见总统）",
          "",
          "On April 19, 2016, Chairman Yu Zhengsheng met with President John Mahama in Accra.",
        ].join("\n"),
        "greetings.txt",
      ),
    );
    const choices = bank.questions.filter((question) => question.kind === "participant").flatMap((question) => question.choices);
    expect(choices).not.toContain("Zhang Dejiang");
  });
});
