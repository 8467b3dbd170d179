import type { ReactNode } from "react";
import { MeterTable } from "@/components/ui/MeterTable";
import type { Tally } from "@/lib/quiz/summarize-session";

type Row = { key: string; heading: ReactNode; tally: Tally };
type Props = { caption: string; column: string; resultColumn: string; rows: Row[]; tallyText: (tally: Tally) => string };

/** One of the summary's tables: results per kind, or per section, each with a bar. */
export function TallyTable({ caption, column, resultColumn, rows, tallyText }: Props) {
  return (
    <MeterTable
      caption={caption}
      captionClassName="mb-2 text-left text-lg font-semibold"
      columns={[column, resultColumn]}
      rows={rows.map(({ key, heading, tally }) => ({ key, heading, share: tally.total === 0 ? 0 : tally.correct / tally.total, text: tallyText(tally) }))}
      className="w-full rounded-lg bg-white shadow-sm"
      meterClassName="w-24"
      textClassName="whitespace-nowrap"
    />
  );
}
