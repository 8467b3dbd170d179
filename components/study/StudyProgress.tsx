"use client";

import { useStudied } from "./StudiedProvider";

type StudyProgressProps = {
  sectionIds: string[];
  /** `summaries[n]` is the translated "n of M studied", for every n from 0 to M. */
  summaries: string[];
  labels: { label: string; loading: string; error: string };
};

// "N of M studied" and a progress bar. The sentences are translated on the server for
// every possible N (M is small), so this leaf needs no message formatting of its own.
export function StudyProgress({ sectionIds, summaries, labels }: StudyProgressProps) {
  const { status, studied } = useStudied();
  const total = sectionIds.length;
  const count = sectionIds.filter((id) => studied.has(id)).length;
  const ready = status === "ready";
  const summary = ready ? (summaries[count] ?? "") : status === "error" ? labels.error : labels.loading;
  const percent = total === 0 ? 0 : Math.round((count / total) * 100);

  return (
    <div aria-busy={status === "loading"}>
      <p className="text-base font-medium text-slate-800">{ready ? summary : <span className="text-slate-500">{summary}</span>}</p>
      <div
        role="progressbar"
        aria-label={labels.label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={ready ? count : undefined}
        aria-valuetext={ready ? summary : undefined}
        className="mt-2 h-3 w-full overflow-hidden rounded-full bg-slate-200 ring-1 ring-slate-300 ring-inset"
      >
        <div
          className={`h-full rounded-full bg-emerald-700 transition-[width] duration-500 ${ready ? "" : "animate-pulse"}`}
          style={{ width: ready ? `${percent}%` : "0%" }}
        />
      </div>
    </div>
  );
}
