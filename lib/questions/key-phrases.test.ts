import { describe, expect, it } from "vitest";
import { pairedField } from "./position/blank-context";

describe("blanks of a field its partner names", () => {
  it("never blank science beside technology, nor trade beside the economy", () => {
    const text = "The visit aims to enhance cooperation in such areas as education, science, technology and culture.";
    const at = text.indexOf("science");
    expect(pairedField(text, { text: "science", start: at, category: "field", kind: "term" })).toBe(true);
    const culture = text.indexOf("culture");
    expect(pairedField(text, { text: "culture", start: culture, category: "field", kind: "term" })).toBe(false);
  });
});
