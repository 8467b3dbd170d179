"use client";

import { useId, useState } from "react";
import { StudiedIcon } from "./StudiedIcon";
import { useStudied } from "./StudiedProvider";

export type MarkStudiedLabels = {
  error: string;
  loading: string;
  mark: string;
  marked: string;
  notStudied: string;
  studied: string;
  unmark: string;
  unmarked: string;
};

// The study page's "Mark as studied" button; pressed again it undoes the mark. The
// live region is in the page from the start (empty), so screen readers announce each
// change. While saving, the button stays focusable (aria-disabled, not disabled).
// `compact` is the copy at the end of the section text: the button alone, so a learner who
// has read to the end need not scroll back up. Its live region is a plain polite one, so the
// page keeps a single status role.
export function MarkStudiedToggle({ sectionId, labels, compact = false }: { sectionId: string; labels: MarkStudiedLabels; compact?: boolean }) {
  const { status, studied, setStudied } = useStudied();
  const [saving, setSaving] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [failed, setFailed] = useState(false);
  const statusId = useId();
  const ready = status !== "loading";
  const isStudied = studied.has(sectionId);
  const busy = !ready || saving;

  async function toggle() {
    if (busy) return;
    const next = !isStudied;
    setSaving(true);
    setFailed(false);
    try {
      await setStudied(sectionId, next);
      setAnnouncement(next ? labels.marked : labels.unmarked);
    } catch {
      setFailed(true);
      setAnnouncement(labels.error);
    } finally {
      setSaving(false);
    }
  }

  const buttonClass = `inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-5 py-2 font-semibold whitespace-nowrap aria-disabled:cursor-wait aria-disabled:opacity-70 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-800 ${
    isStudied ? "border border-slate-500 bg-white text-slate-900 hover:bg-slate-100" : "bg-blue-700 text-white hover:bg-blue-800"
  }`;

  if (compact) {
    return (
      <div className="flex flex-wrap items-center gap-3" data-testid="mark-studied-end">
        <button type="button" onClick={toggle} aria-disabled={busy} aria-describedby={statusId} className={buttonClass}>
          {ready && isStudied ? <StudiedIcon studied className="h-5 w-5" /> : null}
          {isStudied ? labels.unmark : labels.mark}
        </button>
        <p id={statusId} aria-live="polite" className={`text-sm ${failed ? "font-medium text-red-800" : "text-slate-700"} ${announcement ? "" : "sr-only"}`}>
          {announcement}
        </p>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4 sm:flex-row sm:items-center sm:justify-between">
      <p className={`inline-flex items-center gap-2 font-medium whitespace-nowrap ${isStudied ? "text-emerald-800" : "text-slate-700"}`}>
        {ready ? (
          <>
            <StudiedIcon studied={isStudied} className="h-6 w-6" />
            {isStudied ? labels.studied : labels.notStudied}
          </>
        ) : (
          <>
            <span aria-hidden="true" className="h-6 w-6 animate-pulse rounded-full bg-slate-200" />
            <span className="text-slate-500">{labels.loading}</span>
          </>
        )}
      </p>
      <button type="button" onClick={toggle} aria-disabled={busy} aria-describedby={statusId} className={buttonClass}>
        {isStudied ? labels.unmark : labels.mark}
      </button>
      <p
        id={statusId}
        role="status"
        className={`text-sm sm:basis-full ${failed ? "font-medium text-red-800" : "text-slate-700"} ${announcement ? "" : "sr-only"}`}
      >
        {announcement}
      </p>
    </div>
  );
}
