import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { analyseDocument } from "./analysis";
import { quoteQuestions } from "./make-quote";

describe("who said a quote", () => {
  it("never offers a spokesperson who only briefed on the visit among the speakers", () => {
    const text = [
      "date 2018-11-13",
      "Premier to visit Singapore（总理将访问新加坡）",
      "",
      "Premier Li Hao will pay an official visit to Singapore, Foreign Ministry spokesperson Hua Chun said Friday.",
      "",
      "Premier meets Singaporean PM（会见新加坡总理）",
      "",
      "On November 12, 2018, Premier Li Hao met with Singaporean Prime Minister Lee Loong in Singapore.",
      "",
      "Upgrading the Free Trade Agreement will bring real benefits to people and companies of the two countries, Lee said.",
      "",
      "Premier meets President（会见总统）",
      "",
      "On November 13, 2018, Premier Li Hao met with President Omar Farid in Singapore.",
    ].join("\n");
    const analysis = analyseDocument(parseDocument(text, "quote.txt"));
    const drafts = analysis.sections.flatMap((section) => quoteQuestions(section, analysis));
    expect(drafts.map((draft) => draft.answer)).toEqual(["Lee Loong"]);
    expect(drafts[0]!.pool).not.toContain("Hua Chun");
  });
});
