import { z } from "zod";
import data from "../../content/glossary/shared.json";

// The shared glossary: standing terms of Chinese diplomacy with their official Chinese,
// read once and validated, so a malformed entry fails the build rather than a page.

export const GLOSSARY_KINDS = ["person", "place", "organisation", "term"] as const;

export const GlossaryEntry = z.object({
  en: z.array(z.string().min(1)).min(1),
  zh: z.string().min(1),
  kind: z.enum(GLOSSARY_KINDS),
  category: z.string().min(1),
  /** A person's title at the time, in English and as the Chinese releases print it. */
  title: z.string().optional(),
  titleZh: z.string().optional(),
  /** Other renderings the releases print ("沙特" beside "沙特阿拉伯", "集团对抗" beside "阵营对抗"): right when typed. */
  zhAlso: z.array(z.string().min(1)).optional(),
  /** A person's full name where the releases use a short form in `zh` (比拉瓦尔 → 比拉瓦尔·布托·扎尔达里). */
  zhFull: z.string().optional(),
  /** For an abbreviation in a Chinese label (陆参), the words it stands for (陆军参谋长). */
  abbreviationOf: z.string().optional(),
  /** When the term first appeared (an initiative's proposal, YYYY-MM): no wrong choice in a text older than that. */
  since: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
  /**
   * Words beside which the same English names another tier: "comprehensive strategic
   * cooperative partnership" with Russia is 全面战略协作伙伴关系 in the Chinese releases, not 合作.
   */
  otherTierWith: z.array(z.string().min(1)).optional(),
  source: z.string().min(1),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export const Glossary = z.object({ note: z.string(), entries: z.array(GlossaryEntry) });

export const SHARED_GLOSSARY: readonly GlossaryEntry[] = Glossary.parse(data).entries;

const byForm = new Map<string, GlossaryEntry>();
for (const entry of SHARED_GLOSSARY) for (const form of entry.en) byForm.set(form.toLowerCase(), entry);

/** The entry one of whose English forms is `text` (case-insensitive), if any. */
export function glossaryEntry(text: string): GlossaryEntry | undefined {
  return byForm.get(
    text
      .toLowerCase()
      .replace(/^the\s+/, "")
      .replace(/\s*\([A-Z]{2,}\)$/, ""),
  );
}

/** Whether an entry existed by a date (YYYY-MM-DD): the Global Civilization Initiative (2023) is no choice in 2022. */
export function existedBy(entry: GlossaryEntry, date: string | undefined): boolean {
  return !entry.since || !date || entry.since <= date.slice(0, 7);
}

/** The main English form of every entry of a category, as of a date: same-sort wrong choices for a quiz. */
export function glossaryTerms(category: string, asOf?: string): string[] {
  return SHARED_GLOSSARY.filter((entry) => entry.category === category && existedBy(entry, asOf)).map((entry) => entry.en[0]!);
}

/** Every English form of the entry a text names, so variants of an answer are never wrong choices. */
export function glossaryVariants(text: string): string[] {
  return glossaryEntry(text)?.en ?? [];
}
