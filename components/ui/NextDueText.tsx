"use client";

import { useFormatter, useLocale, useNow } from "next-intl";
import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/format/calendar-date";

export type DueParts = { date: string; relative: string; time: (chunks: ReactNode) => ReactNode };

/**
 * When the next review falls due, as a message's parts: the date and time in the
 * reader's zone, "in 3 hours", and a `<time>` tag. The caller's message arranges them.
 */
export function NextDueText({ due, timeZone, render }: { due: Date; timeZone: string | undefined; render: (parts: DueParts) => ReactNode }) {
  const format = useFormatter();
  const locale = useLocale();
  const now = useNow();
  return render({
    date: formatDateTime(due, locale, timeZone),
    relative: format.relativeTime(due, now),
    time: (chunks) => <time dateTime={due.toISOString()}>{chunks}</time>,
  });
}
