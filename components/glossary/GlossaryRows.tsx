import { TableHead } from "@/components/ui/TableHead";
import type { TermCard } from "@/lib/glossary/term-card";
import { ListenButton } from "./ListenButton";

export type GlossaryRowsLabels = {
  columnEnglish: string;
  columnChinese: string;
  columnKind: string;
  kinds: Record<TermCard["kind"], string>;
  /** "Listen to {text}", with the placeholder left in, filled here. */
  listenTo: string;
};

/**
 * Glossary entries as a table's head and rows: English (with the title), Chinese with
 * its pinyin and a listen button, and the kind. `anchored` rows carry the card's id, so
 * a term in the text can link to its row.
 */
export function GlossaryRows({ cards, labels, anchored = false }: { cards: TermCard[]; labels: GlossaryRowsLabels; anchored?: boolean }) {
  return (
    <>
      <TableHead
        columns={[labels.columnEnglish, labels.columnChinese, labels.columnKind]}
        rowClassName="border-b border-slate-300 text-slate-700"
        cellClassName="py-2 pr-3 font-semibold"
      />
      <tbody>
        {cards.map((card) => {
          const zh = card.zhFull ?? card.zh;
          return (
            <tr key={card.id} id={anchored ? card.id : undefined} className="border-b border-slate-200 align-top" data-term-row={anchored ? "" : undefined}>
              <td lang="en" className="py-2 pr-3">
                <span className="font-medium text-slate-900">{card.en}</span>
                {card.title ? <span className="block text-slate-600">{card.title}</span> : null}
              </td>
              <td className="py-2 pr-3">
                <span className="flex items-center gap-2">
                  <span lang="zh" className="text-lg text-slate-900">
                    {zh}
                  </span>
                  <ListenButton text={zh} language="zh" label={labels.listenTo.replace("{text}", zh)} />
                </span>
                <span lang="zh-Latn" className="block text-slate-700">
                  {card.pinyin}
                </span>
              </td>
              <td className="py-2 pr-3 text-slate-700">{labels.kinds[card.kind]}</td>
            </tr>
          );
        })}
      </tbody>
    </>
  );
}
