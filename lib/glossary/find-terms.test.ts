import { describe, expect, it } from "vitest";
import { findTerms, splitByTerms } from "./find-terms";
import type { GlossaryEntry } from "./shared-glossary";

const entry = (en: string[], zh: string, category = "term"): GlossaryEntry => ({ en, zh, kind: "term", category, source: "test" });
const entries = [
  entry(["China"], "中国"),
  entry(["China-Pakistan Economic Corridor", "CPEC"], "中巴经济走廊"),
  entry(["WHO"], "世界卫生组织"),
  entry(["core interests"], "核心利益"),
  entry(["China-Pakistan"], "中巴", "abbreviation"),
];

describe("findTerms", () => {
  it("prefers the longest form and keeps whole words", () => {
    const found = findTerms("China backs the China-Pakistan Economic Corridor (CPEC) in Chinatown.", entries);
    expect(found.map((match) => match.text)).toEqual(["China", "China-Pakistan Economic Corridor", "CPEC"]);
  });

  it("matches capitalised forms by case and lower-case terms in any case", () => {
    expect(findTerms("who said that?", entries)).toEqual([]);
    expect(findTerms("Core interests and core interests", entries).map((match) => match.entry.zh)).toEqual(["核心利益", "核心利益"]);
  });

  it("skips a form that names another tier beside the given words (with Russia: 协作, not 合作)", () => {
    const tier = [{ ...entry(["comprehensive strategic cooperative partnership"], "全面战略合作伙伴关系", "partnership"), otherTierWith: ["Russia"] }];
    expect(findTerms("China and Russia deepened their comprehensive strategic cooperative partnership.", tier)).toEqual([]);
    const text = "Ties with Russia are close. China and Laos deepened their comprehensive strategic cooperative partnership.";
    expect(findTerms(text, tier).map((match) => match.entry.zh)).toEqual(["全面战略合作伙伴关系"]);
  });

  it("never matches an abbreviation's English gloss", () => {
    expect(findTerms("China-Pakistan friendship", entries).map((match) => match.text)).toEqual(["China"]);
  });

  it('leaves a partnership whose tier goes on past the form ("… of cooperation") unmatched', () => {
    const tiers = [entry(["comprehensive strategic partnership"], "全面战略伙伴关系", "partnership")];
    expect(findTerms("They lifted ties to a comprehensive strategic partnership of cooperation in 2017.", tiers)).toEqual([]);
    expect(findTerms("a comprehensive strategic partnership of the two countries", tiers).map((match) => match.entry.zh)).toEqual(["全面战略伙伴关系"]);
  });

  it("splits a text into plain runs and terms that join back to it", () => {
    const text = "Both support China on core interests.";
    const parts = splitByTerms(text, entries);
    expect(parts.map((part) => (typeof part === "string" ? part : part.text)).join("")).toBe(text);
    expect(parts.filter((part) => typeof part !== "string")).toHaveLength(2);
  });
});

describe("splitByTerms with a page's seen set", () => {
  it("marks each entry at its first mention only", () => {
    const seen = new Set<GlossaryEntry>();
    const first = splitByTerms("China and China", entries, seen).filter((part) => typeof part !== "string");
    const second = splitByTerms("China again", entries, seen).filter((part) => typeof part !== "string");
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(0);
  });
});
