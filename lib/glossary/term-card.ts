import { pinyinOf } from "./pinyin";
import type { GlossaryEntry } from "./shared-glossary";

// What a page shows of one glossary entry: plain data for client components, with the
// pinyin already generated (pinyin-pro stays on the server).

export type TermCard = {
  id: string;
  en: string;
  variants: string[];
  zh: string;
  zhFull: string | null;
  pinyin: string;
  kind: GlossaryEntry["kind"];
  title: string | null;
  titleZh: string | null;
  abbreviationOf: string | null;
};

export function toTermCard(entry: GlossaryEntry): TermCard {
  return {
    id: termId(entry),
    en: entry.en[0]!,
    variants: entry.en.slice(1),
    zh: entry.zh,
    zhFull: entry.zhFull ?? null,
    pinyin: pinyinOf(entry.zhFull ?? entry.zh),
    kind: entry.kind,
    title: entry.title ?? null,
    titleZh: entry.titleZh ?? null,
    abbreviationOf: entry.abbreviationOf ?? null,
  };
}

/** A stable id for an entry, usable in HTML ids: its kind and first English form. */
export function termId(entry: Pick<GlossaryEntry, "kind" | "en">): string {
  return `${entry.kind}-${entry.en[0]!.toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;
}
