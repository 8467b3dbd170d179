import type { ReactNode } from "react";

type Props = {
  columns: ReactNode[];
  /** A column's own classes (e.g. shown only from `sm`), by position; the default otherwise. */
  columnClassNames?: (string | undefined)[];
  rowClassName?: string;
  cellClassName?: string;
};

/** A table's column headers, each a `th scope="col"`. */
export function TableHead({ columns, columnClassNames = [], rowClassName = "border-b-2 border-slate-400", cellClassName = "p-2" }: Props) {
  return (
    <thead>
      <tr className={rowClassName}>
        {columns.map((column, index) => (
          <th key={index} scope="col" className={columnClassNames[index] ?? cellClassName}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
