import { describe, expect, it } from "vitest";
import { listItems } from "./key-phrases";

const items = (text: string) => listItems(text).map((item) => item.text);

describe("listItems", () => {
  it("counts but never offers the part that closes a list with its own 'and' ('education and tourism')", () => {
    expect(items("France will deepen cooperation in various fields including economy, culture, education and tourism, and expand exchanges.")).toEqual([
      "economy",
      "culture",
    ]);
  });

  it("keeps a last field whose own name has an 'and' after a list's comma and 'and'", () => {
    expect(
      items("China will deepen cooperation in such fields as industry, agriculture, information technology, and disaster prevention and mitigation."),
    ).toEqual(["industry", "agriculture", "information technology", "disaster prevention and mitigation"]);
  });
});
