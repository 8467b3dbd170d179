import { useTranslations } from "next-intl";
import type { TermCard } from "@/lib/glossary/term-card";
import { ListenButton } from "./ListenButton";

/** Glossary entries as a table: English, Chinese, pinyin, kind and title, with a listen button. */
export function GlossaryTable({ cards, caption }: { cards: TermCard[]; caption: string }) {
  const t = useTranslations("Glossary");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-slate-700">
            <th scope="col" className="py-2 pr-3 font-semibold">{t("columnEnglish")}</th>
            <th scope="col" className="py-2 pr-3 font-semibold">{t("columnChinese")}</th>
            <th scope="col" className="py-2 pr-3 font-semibold">{t("columnKind")}</th>
          </tr>
        </thead>
        <tbody>
          {cards.map((card) => (
            <tr key={card.id} id={card.id} className="border-b border-slate-200 align-top" data-term-row="">
              <td lang="en" className="py-2 pr-3">
                <span className="font-medium text-slate-900">{card.en}</span>
                {card.title ? <span className="block text-slate-600">{card.title}</span> : null}
              </td>
              <td className="py-2 pr-3">
                <span className="flex items-center gap-2">
                  <span lang="zh" className="text-lg text-slate-900">{card.zhFull ?? card.zh}</span>
                  <ListenButton text={card.zhFull ?? card.zh} language="zh" label={t("listenTo", { text: card.zhFull ?? card.zh })} />
                </span>
                <span lang="zh-Latn" className="block text-slate-700">{card.pinyin}</span>
              </td>
              <td className="py-2 pr-3 text-slate-700">{t(`kinds.${card.kind}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
