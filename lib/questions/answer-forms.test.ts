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
