import type { ReactNode } from "react";
import { Meter } from "@/components/ui/Meter";
import type { Tally } from "@/lib/quiz/summarize-session";
import { TableHead } from "@/components/ui/TableHead";

type Row = { key: string; heading: ReactNode; tally: Tally };
type Props = { caption: string; column: string; resultColumn: string; rows: Row[]; tallyText: (tally: Tally) => string };

/** One of the summary's tables: results per kind, or per section, each with a bar. */
export function TallyTable({ caption, column, resultColumn, rows, tallyText }: Props) {
  return (
    <table className="w-full border-collapse rounded-lg bg-white text-left shadow-sm">
      <caption className="mb-2 text-left text-lg font-semibold">{caption}</caption>
      <TableHead columns={[column, resultColumn]} />
      <tbody>
        {rows.map(({ key, heading, tally }) => (
          <tr key={key} className="border-b border-slate-200">
            <th scope="row" className="p-2 font-medium">
              {heading}
            </th>
            <td className="p-2">
              <span className="flex items-center gap-2">
                <Meter value={tally.total === 0 ? 0 : tally.correct / tally.total} className="w-24" />
                <span className="whitespace-nowrap">{tallyText(tally)}</span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
