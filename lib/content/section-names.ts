import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { getStudySets } from "./study-sets";

/** Each section's display name, by section id, for the client leaves that show sections. */
export type SectionNames = Record<string, { name: string; nameLang?: "en" | "zh"; labelZh: string | null }>;

/**
 * Display names of every section for the quiz pages' client leaves, translated on the
 * server at build time: the English headline (marked `lang="en"` on Chinese pages) or
 * the localized "Opening section" for the one without a headline, plus its Chinese label.
 */
export async function getSectionNames(locale: Locale): Promise<SectionNames> {
  const t = await getTranslations({ locale, namespace: "Section" });
  const names: SectionNames = {};
  for (const set of getStudySets()) {
    for (const section of set.sections) {
      names[section.id] = {
        name: section.title ?? t("opening"),
        nameLang: section.title && locale !== "en" ? "en" : undefined,
        labelZh: section.labelZh,
      };
    }
  }
  return names;
}
