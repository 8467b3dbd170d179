import { kindLabels } from "@/components/glossary/kind-labels";
import { useTranslations } from "next-intl";
import type { TermCard } from "@/lib/glossary/term-card";
import { GlossaryRows } from "./GlossaryRows";

/** Glossary entries as a table: English, Chinese, pinyin, kind and title, with a listen button. */
export function GlossaryTable({ cards, caption }: { cards: TermCard[]; caption: string }) {
  const t = useTranslations("Glossary");
  const labels = {
    columnEnglish: t("columnEnglish"),
    columnChinese: t("columnChinese"),
    columnKind: t("columnKind"),
    kinds: kindLabels(t),
    listenTo: t("listenTo", { text: "{text}" }),
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <GlossaryRows cards={cards} labels={labels} anchored />
      </table>
    </div>
  );
}
