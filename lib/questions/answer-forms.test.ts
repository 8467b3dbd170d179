import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { analyseDocument } from "./analysis";
import { personAccept } from "./person-answers";

// Typed answers: the forms a learner may type for a person are the forms people use.

describe("a Korean name of no country the text gives", () => {
  it("is short for its family name, which comes first", () => {
    const analysis = analyseDocument(
      parseDocument("date 2008-09-24 On Sept. 23, Premier Li Hao met with UN Secretary General Ban Ki-moon in New York.", "forms.txt"),
    );
    const ban = analysis.people.find((person) => person.name === "Ban Ki-moon")!;
    const forms = personAccept(ban, analysis);
    expect(forms).toContain("Ban");
    expect(forms.some((form) => /(?:^| )Ki-moon$/.test(form) && !form.includes("Ban"))).toBe(false);
  });
});

describe("a pinyin name of no country the text gives", () => {
  it("is short for its family name, which comes first ('President Xi', never 'Jinping')", () => {
    const analysis = analyseDocument(
      parseDocument("date 2014-05-23 On May 22, 2014, President Xi Jinping held talks with President Hassan Rouhani in Shanghai.", "forms.txt"),
    );
    const xi = analysis.people.find((person) => person.name === "Xi Jinping")!;
    const forms = personAccept(xi, analysis);
    expect(forms).toEqual(expect.arrayContaining(["Xi", "President Xi"]));
    expect(forms).not.toContain("Jinping");
    expect(forms).not.toContain("President Jinping");
  });
});

describe("a name the text also writes shorter", () => {
  it("is right in every form the text uses, and by its family name", () => {
    const analysis = analyseDocument(
      parseDocument(
        "date 2014-02-23 On Feb. 22, 2014, Wang Hao held talks with Foreign Minister Zarar Ahmed Moqbel Osmani in Kabul.\n\nWang Hao and Zarar Ahmed Osmani met the press.",
        "forms.txt",
      ),
    );
    const osmani = analysis.people.find((person) => person.name === "Zarar Ahmed Moqbel Osmani")!;
    expect(personAccept(osmani, analysis)).toEqual(expect.arrayContaining(["Zarar Ahmed Osmani", "Osmani"]));
  });
});

describe("a name with a particle", () => {
  it("is right from the word before the particle ('Lula da Silva')", () => {
    const analysis = analyseDocument(
      parseDocument("date 2025-05-01 On April 30, 2025, Brazilian President Luiz Inacio Lula da Silva met with Wang Hao in Brasilia.", "forms.txt"),
    );
    const lula = analysis.people.find((person) => person.name === "Luiz Inacio Lula da Silva")!;
    expect(personAccept(lula, analysis)).toContain("Lula da Silva");
  });
});

describe("a given name an editor put in brackets", () => {
  it("is no short form anyone goes by ('Prime Minister (Shinzo) Abe's visit')", () => {
    const analysis = analyseDocument(
      parseDocument(
        'date 2007-04-12 Premier Li Hao held talks with Japanese Prime Minister Kenji Sato in Tokyo on April 11, 2007. "If Prime Minister (Kenji) Sato\'s visit to China was an ice breaker, mine is an ice thawer," Li said.',
        "forms.txt",
      ),
    );
    const sato = analysis.people.find((person) => person.name === "Kenji Sato")!;
    const forms = personAccept(sato, analysis);
    expect(forms).toContain("Sato");
    expect(forms.filter((form) => /Kenji$/.test(form))).toEqual([]);
  });
});
