"use client";

import { usePinyinShown } from "./speech-settings";

/** Shows or hides pinyin above every Chinese label; the choice holds across pages. */
export function PinyinToggle({ label }: { label: string }) {
  const [shown, setShown] = usePinyinShown();
  return (
    <button
      type="button"
      aria-pressed={shown}
      onClick={() => setShown(!shown)}
      className="inline-flex min-h-9 items-center gap-2 rounded-md border border-slate-400 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 aria-pressed:border-red-800 aria-pressed:bg-red-50 aria-pressed:text-red-900"
    >
      <span aria-hidden="true" className="inline-block w-3 text-center">
        {shown ? "✓" : ""}
      </span>
      {label}
    </button>
  );
}
