/** A bar for a share from 0 to 1, hidden from screen readers: the text beside it states the figure. */
export function Meter({ value, className, barClassName = "bg-blue-700" }: { value: number; className: string; barClassName?: string }) {
  return (
    <span className={`h-2.5 overflow-hidden rounded-full border border-slate-500 bg-slate-100 ${className}`} aria-hidden="true">
      <span className={`block h-full ${barClassName}`} style={{ width: `${Math.round(value * 100)}%` }} />
    </span>
  );
}
