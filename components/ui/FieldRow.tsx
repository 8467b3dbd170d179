import type { ReactNode } from "react";

type Props = {
  fieldId: string;
  label: ReactNode;
  labelClassName?: string;
  /** Between the label and the row, e.g. a hint the field's `aria-describedby` names. */
  hint?: ReactNode;
  /** `start` when the field is taller than its button and the button should stay at its top. */
  align?: "center" | "start";
  /** The field and its button. */
  children: ReactNode;
};

/**
 * A form's one field under its label, with its button beside it on a row that wraps on a
 * narrow screen: the progress import, the transfer code and a typed answer share this layout.
 */
export function FieldRow({ fieldId, label, labelClassName = "block font-medium text-slate-900", hint, align = "center", children }: Props) {
  return (
    <>
      <label htmlFor={fieldId} className={labelClassName}>
        {label}
      </label>
      {hint}
      <div className={`flex flex-wrap gap-3 ${align === "start" ? "items-start" : "items-center"}`}>{children}</div>
    </>
  );
}
