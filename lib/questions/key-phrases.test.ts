import { describe, expect, it } from "vitest";
import { listItems } from "./key-phrases";
import { pairedField } from "./position/blank-context";

const items = (text: string) => listItems(text).map((item) => item.text);

describe("listItems", () => {
  it("keeps the comma before the list's end out of its last item", () => {
    expect(items("They will strengthen cooperation in all fields including defense, agriculture, trade, and education, among others.")).toEqual([
      "defense",
      "agriculture",
      "trade",
      "education",
    ]);
  });

  it("counts but never offers the part that closes a list with its own 'and' ('education and tourism')", () => {
    expect(items("France will deepen cooperation in various fields including economy, culture, education and tourism, and expand exchanges.")).toEqual([
      "economy",
      "culture",
    ]);
  });

  it("ends a list at 'and other fields' and at a pronoun's clause ('…, he said')", () => {
    const text = "China will promote cooperation in economy, trade, culture and other fields, he said.";
    expect(listItems(text).map((item) => [item.text, text.slice(item.start, item.start + item.text.length)])).toEqual([
      ["economy", "economy"],
      ["trade", "trade"],
      ["culture", "culture"],
    ]);
  });

  it("keeps a last field whose own name has an 'and' after a list's comma and 'and'", () => {
    expect(
      items("China will deepen cooperation in such fields as industry, agriculture, information technology, and disaster prevention and mitigation."),
    ).toEqual(["industry", "agriculture", "information technology", "disaster prevention and mitigation"]);
  });
});

describe("blanks of a field its partner names", () => {
  it("never blank science beside technology, nor trade beside the economy", () => {
    const text = "The visit aims to enhance cooperation in such areas as education, science, technology and culture.";
    const at = text.indexOf("science");
    expect(pairedField(text, { text: "science", start: at, category: "field", kind: "item" })).toBe(true);
    const culture = text.indexOf("culture");
    expect(pairedField(text, { text: "culture", start: culture, category: "field", kind: "item" })).toBe(false);
  });
});
