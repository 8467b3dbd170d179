import { z } from "zod";
import data from "../../content/glossary/collocations.json";

// Noun phrases of other visits' releases, by the word they followed ("strengthen" →
// "political mutual trust", "practical cooperation", …): wrong choices for a blanked noun
// phrase that fit its slot. Built from the tuning documents by scripts/build-phrasebook.ts.

const Collocations = z.object({ note: z.string(), governors: z.record(z.string(), z.array(z.string().min(1))) });

const GOVERNORS = Collocations.parse(data).governors;

/** Noun phrases seen after `governor` in other releases (none for an unknown word). */
export function collocations(governor: string): readonly string[] {
  return Object.hasOwn(GOVERNORS, governor) ? GOVERNORS[governor]! : [];
}
