import type { ReactNode } from "react";
import { Meter } from "./Meter";
import { TableHead } from "./TableHead";

/** A row: its heading cell, then a share from 0 to 1 as a bar beside its text (the text alone when the share is null). */
export type MeterRow = { key: string; heading: ReactNode; share: number | null; text: ReactNode };

type Props = {
  caption: ReactNode;
  /** The caption is for screen readers unless given classes of its own. */
  captionClassName?: string;
  columns: [ReactNode, ReactNode];
  rows: MeterRow[];
  /** Classes beside `border-collapse text-left`. */
  className?: string;
  headRowClassName?: string;
  meterClassName: string;
  barClassName?: string;
  textClassName?: string;
  testId?: string;
};

/** A table of shares, one bar and its figure a row: a quiz's results by kind and section, accuracy by kind, terms learned by kind. */
export function MeterTable({
  caption,
  captionClassName = "sr-only",
  columns,
  rows,
  className = "",
  headRowClassName,
  meterClassName,
  barClassName,
  textClassName,
  testId,
}: Props) {
  return (
    <table className={`border-collapse text-left ${className}`.trim()} data-testid={testId}>
      <caption className={captionClassName}>{caption}</caption>
      <TableHead columns={columns} rowClassName={headRowClassName} />
      <tbody>
        {rows.map(({ key, heading, share, text }) => (
          <tr key={key} className="border-b border-slate-200">
            <th scope="row" className="p-2 font-medium">
              {heading}
            </th>
            <td className="p-2">
              {share === null ? (
                <span className="text-slate-700">{text}</span>
              ) : (
                <span className="flex flex-wrap items-center gap-2">
                  <Meter value={share} className={meterClassName} barClassName={barClassName} />
                  <span className={textClassName}>{text}</span>
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
