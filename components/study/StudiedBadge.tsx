"use client";

import { StudiedIcon } from "./StudiedIcon";
import { useStudied } from "./StudiedProvider";

export type StudiedBadgeLabels = { loading: string; notStudied: string; studied: string };

// "Studied" or "Not studied yet" in words and an icon, never colour alone. While the
// learner's progress loads, a placeholder of the same size keeps the card from jumping.
export function StudiedBadge({ sectionId, labels }: { sectionId: string; labels: StudiedBadgeLabels }) {
  const { status, studied } = useStudied();

  // The progress summary says when loading failed; a badge that cannot know says nothing.
  if (status === "error") return null;
  if (status === "loading") {
    return (
      <p className="inline-flex min-h-7 items-center gap-1.5 text-sm text-slate-500">
        <span aria-hidden="true" className="h-5 w-5 animate-pulse rounded-full bg-slate-200" />
        <span className="sr-only">{labels.loading}</span>
        <span aria-hidden="true" className="h-3.5 w-20 animate-pulse rounded bg-slate-200" />
      </p>
    );
  }

  const isStudied = studied.has(sectionId);
  return (
    <p className={`inline-flex min-h-7 items-center gap-1.5 text-sm font-medium ${isStudied ? "text-emerald-800" : "text-slate-600"}`}>
      <StudiedIcon studied={isStudied} />
      {isStudied ? labels.studied : labels.notStudied}
    </p>
  );
}
