import { describe, expect, it } from "vitest";
import type { GlossaryEntry } from "../glossary/shared-glossary";
import { renderingsOverlap } from "./term-choices";

const term = (en: string, zh: string): GlossaryEntry => ({ en: [en], zh, kind: "term", category: "partnership", source: "test" });

describe("renderingsOverlap", () => {
  it("holds a rendering that differs only by comprehensive / all-round, which releases use for one term", () => {
    expect(
      renderingsOverlap(term("comprehensive strategic partnership", "全面战略伙伴关系"), term("all-round strategic partnership", "全方位战略伙伴关系")),
    ).toBe(true);
  });

  it("leaves a level of its own apart ('… of coordination')", () => {
    expect(
      renderingsOverlap(
        term("comprehensive strategic partnership", "全面战略伙伴关系"),
        term("comprehensive strategic partnership of coordination", "全面战略协作伙伴关系"),
      ),
    ).toBe(false);
  });
});
