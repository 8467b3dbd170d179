import { useTranslations } from "next-intl";
import { splitByTerms } from "@/lib/glossary/find-terms";
import type { GlossaryEntry } from "@/lib/glossary/shared-glossary";
import { toTermCard } from "@/lib/glossary/term-card";
import { GlossaryTerm } from "./GlossaryTerm";

type TermTextProps = { text: string; glossary: readonly GlossaryEntry[]; seen: Set<GlossaryEntry> };

/** English text with glossary terms marked at their first mention (`seen` is shared by a page's paragraphs). */
export function TermText({ text, glossary, seen }: TermTextProps) {
  const t = useTranslations("Glossary");
  return (
    <>
      {splitByTerms(text, glossary, seen).map((part, index) => {
        if (typeof part === "string") return part;
        const card = toTermCard(part.entry);
        return (
          <GlossaryTerm
            key={index}
            text={part.text}
            card={card}
            labels={{ listenZh: t("listenTo", { text: card.zhFull ?? card.zh }), kind: t(`kinds.${card.kind}`) }}
          />
        );
      })}
    </>
  );
}
