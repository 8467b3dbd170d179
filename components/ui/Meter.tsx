/** A bar for a share from 0 to 1, hidden from screen readers: the text beside it states the figure. */
export function Meter({ value, className }: { value: number; className: string }) {
  return (
    <span className={`h-2.5 overflow-hidden rounded-full border border-slate-500 bg-slate-100 ${className}`} aria-hidden="true">
      <span className="block h-full bg-blue-700" style={{ width: `${Math.round(value * 100)}%` }} />
    </span>
  );
}
