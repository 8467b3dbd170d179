import { describe, expect, it } from "vitest";
import { getStudySet, getStudySets } from "@/lib/content/study-sets";
import { missingNames } from "@/lib/glossary/coverage";
import { getDocumentGlossary, loadDocumentEntries } from "@/lib/glossary/document-glossary";
import { findTerms } from "@/lib/glossary/find-terms";
import { pinyinOf } from "@/lib/glossary/pinyin";

// The bilingual glossary against the seed document: coverage, size, the Chinese of every
// person (checked against the Ministry of Foreign Affairs' and Xinhua's Chinese releases)
// and the pinyin of the seven labels (checked by hand, syllable by syllable).
const SEED = "qin-gang-islamabad-2023-05";

function seedText(): string {
  const seed = getStudySet(SEED)!;
  return seed.sections.flatMap((section) => [section.title ?? "", section.caption?.text ?? "", ...section.paragraphs.map((p) => p.text)]).join("\n");
}

/** Entries that apply to the seed: its own file's, and the shared ones its text names. */
function seedEntries() {
  const own = new Set(loadDocumentEntries(SEED).map((entry) => entry.zh));
  const named = new Set(findTerms(seedText(), getDocumentGlossary(SEED)).map((match) => match.entry));
  return getDocumentGlossary(SEED).filter((entry) => own.has(entry.zh) || named.has(entry));
}

describe("glossary coverage", () => {
  it.each(getStudySets().map((set) => [set.slug]))("leaves no capitalised name of %s out", (slug) => {
    const missing = missingNames(getStudySet(slug)!.sections, getDocumentGlossary(slug));
    expect(missing.map((name) => `line ${name.line}: ${name.word} (…${name.context}…)`)).toEqual([]);
  });

  it("has at least 40 entries for the seed, of every kind", () => {
    const entries = seedEntries();
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(entries.map((entry) => entry.kind))).toEqual(new Set(["person", "place", "organisation", "term"]));
  });

  it("gives every person a title at the time and every entry a source", () => {
    for (const entry of getDocumentGlossary(SEED)) {
      expect(entry.source).not.toBe("");
      if (entry.kind === "person") expect(entry.title, entry.en[0]).toBeTruthy();
    }
  });

  it("never gives one English form two Chinese renderings", () => {
    const seen = new Map<string, string>();
    for (const entry of getDocumentGlossary(SEED)) {
      for (const form of entry.en) {
        expect(seen.get(form) ?? entry.zh, form).toBe(entry.zh);
        seen.set(form, entry.zh);
      }
    }
  });
});

describe("the seed's people in Chinese", () => {
  // As the MFA's Chinese releases of 5–6 May 2023 print them (full forms from Xinhua).
  const OFFICIAL: Record<string, { zh: string; zhFull?: string }> = {
    "Qin Gang": { zh: "秦刚" },
    "Xi Jinping": { zh: "习近平" },
    "Arif Alvi": { zh: "阿尔维" },
    "Bilawal Bhutto Zardari": { zh: "比拉瓦尔", zhFull: "比拉瓦尔·布托·扎尔达里" },
    "Hina Rabbani Khar": { zh: "哈尔" },
    "Asim Munir": { zh: "穆尼尔", zhFull: "阿西姆·穆尼尔" },
    "Amir Khan Muttaqi": { zh: "穆塔基" },
  };

  it("pins every person of the seed to the official rendering", () => {
    const people = seedEntries().filter((entry) => entry.kind === "person");
    expect(people.map((entry) => entry.en[0]).sort()).toEqual(Object.keys(OFFICIAL).sort());
    for (const person of people) {
      const official = OFFICIAL[person.en[0]!]!;
      expect({ zh: person.zh, zhFull: person.zhFull }, person.en[0]).toEqual({ zh: official.zh, zhFull: official.zhFull });
    }
  });
});

describe("pinyin of the seed's labels", () => {
  // Checked by hand against a dictionary, syllable by syllable (与 yǔ, 长 zhǎng, 参 cān).
  const LABELS: Record<string, string> = {
    在外交学院与巴青年外交官互动: "zài wài jiāo xué yuàn yǔ bā qīng nián wài jiāo guān hù dòng",
    第四次中巴外长战略对话: "dì sì cì zhōng bā wài zhǎng zhàn lüè duì huà",
    答记者问1: "dá jì zhě wèn 1",
    答记者问2: "dá jì zhě wèn 2",
    见阿富汗临时政府代理外长穆塔基: "jiàn ā fù hàn lín shí zhèng fǔ dài lǐ wài zhǎng mù tǎ jī",
    第五次中阿巴外长三方对话: "dì wǔ cì zhōng ā bā wài zhǎng sān fāng duì huà",
    见陆参: "jiàn lù cān",
  };

  it("gives the hand-checked pinyin for each of the seven labels", () => {
    const labels = getStudySet(SEED)!.sections.flatMap((section) => (section.labelZh ? [section.labelZh] : []));
    expect(labels.sort()).toEqual(Object.keys(LABELS).sort());
    for (const label of labels) expect(pinyinOf(label), label).toBe(LABELS[label]);
  });
});

describe("the pinyin of a Chinese name", () => {
  it("reads the surname as a surname and the given name as names do", () => {
    expect(pinyinOf("曾庆红")).toBe("zēng qìng hóng");
    expect(pinyinOf("张高丽")).toBe("zhāng gāo lì");
    // The word keeps its reading outside the name.
    expect(pinyinOf("高丽")).toBe("gāo lí");
  });
});
