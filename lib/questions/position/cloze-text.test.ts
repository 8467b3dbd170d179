import { describe, expect, it } from "vitest";
import { cloze } from "./cloze-text";
import type { Position } from "../positions";

// A long sentence is cut to the clause around its blank, after the words that say who holds
// the position: the cut must still read as English.

const position = (text: string, after: string): Position =>
  ({
    sentence: { text, line: 1 },
    holder: { key: "Pakistan", en: "Pakistan", zh: "巴基斯坦", members: ["Pakistan"] },
    stance: "pledge",
    contentStart: text.indexOf(after) + after.length,
    content: text.slice(text.indexOf(after) + after.length),
    form: "verb",
  }) as unknown as Position;

describe("cloze", () => {
  it("blanks the acronym after the phrase with it ('The ____ (GDI)' spells its answer)", () => {
    const text = "Pakistan said the Global Development Initiative (GDI) and the Global Security Initiative (GSI) point the right way.";
    expect(cloze(position(text, "Pakistan said "), text.indexOf("Global Development"), "Global Development Initiative".length)).toBe(
      "Pakistan said the ____ and the Global Security Initiative (GSI) point the right way.",
    );
  });

  it("leaves a dateline's triple dash out of the quote ('WELLINGTON, April 13 (Xinhua) --- The head …')", () => {
    const text =
      "WELLINGTON, April 13 (Xinhua) --- The head of China's top political advisory body said China will deepen practical cooperation with New Zealand.";
    expect(cloze(position(text, "said China will"), text.indexOf("practical"), "practical cooperation".length)).toMatch(/^The head/);
  });

  it("keeps the lead's 'to' before a later clause, and quotes a participle clause on its own", () => {
    const text =
      "Pakistan expects to closely cooperate with China to jointly advance the corridor development, strengthen cooperation in fields including agriculture, trade, finance, connectivity, cultural exchanges, counter-terrorism and defense, and promote the all-weather partnership to enter a new era.";
    const pledge = position(text, "Pakistan expects ");
    expect(cloze(pledge, text.indexOf("finance"), "finance".length)).toMatch(/^Pakistan expects to … strengthen cooperation/);

    const ready =
      "Qin Gang said that China is ready to work with Pakistan to strengthen coordination in the United Nations, the Shanghai Cooperation Organization and other multilateral mechanisms, firmly safeguarding international fairness and justice, as well as common interests of developing countries.";
    const said = position(ready, "China is ready to ");
    expect(cloze(said, ready.indexOf("international fairness"), "international fairness and justice".length)).toBe(
      "… firmly safeguarding ____, as well as common interests of developing countries.",
    );
  });
});
