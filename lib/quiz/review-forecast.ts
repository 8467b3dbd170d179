import type { ReviewForecast } from "@/lib/progress/progress-report";

// When the learner's cards fall due, from their due dates and the clock. Days are UTC:
// "today" ends at the next UTC midnight, "this week" is today and the six days after.
// The one definition every page uses: a question is *due* when its card's due time is
// at or before now (`isDue`); that is what a review asks. "Due by the end of today" and
// "due within 7 days" include those due now, so the three counts only ever grow
// (now ≤ today ≤ week), and the per-day list splits the week into "due now" and the
// cards still to fall due, day by day: together they add up to the week's count.

export function isDue(due: Date, now: Date): boolean {
  return due.getTime() <= now.getTime();
}

export const FORECAST_DAYS = 7;
const DAY_MS = 86_400_000;

export type ReviewSchedule = {
  forecast: ReviewForecast;
  /** One entry per day from today, FORECAST_DAYS in all: cards not yet due (today's: later today). */
  upcoming: { date: string; count: number }[];
};

export function buildReviewForecast(dues: readonly Date[], now: Date): ReviewSchedule {
  const todayStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const upcoming = Array.from({ length: FORECAST_DAYS }, (_, day) => ({
    date: new Date(todayStart + day * DAY_MS).toISOString().slice(0, 10),
    count: 0,
  }));
  let dueNow = 0;
  let next: number | null = null;
  for (const due of dues) {
    const dueMs = due.getTime();
    if (isDue(due, now)) {
      dueNow++;
      continue;
    }
    if (next === null || dueMs < next) next = dueMs;
    const slot = upcoming[Math.floor((dueMs - todayStart) / DAY_MS)];
    if (slot) slot.count++;
  }
  return {
    forecast: {
      dueNow,
      dueToday: dueNow + (upcoming[0]?.count ?? 0),
      dueThisWeek: dueNow + upcoming.reduce((sum, slot) => sum + slot.count, 0),
      nextDueAt: next === null ? null : new Date(next).toISOString(),
    },
    upcoming,
  };
}
