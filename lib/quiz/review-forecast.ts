import type { ReviewForecast } from "@/lib/progress/progress-report";

// When the learner's cards fall due, from their due dates and the clock. Days are UTC:
// "today" ends at the next UTC midnight, "this week" is today and the six days after.

export const FORECAST_DAYS = 7;
const DAY_MS = 86_400_000;

export type ReviewSchedule = {
  forecast: ReviewForecast;
  /** One entry per day from today, FORECAST_DAYS in all; today's count includes overdue cards. */
  upcoming: { date: string; count: number }[];
};

export function buildReviewForecast(dues: readonly Date[], now: Date): ReviewSchedule {
  const nowMs = now.getTime();
  const todayStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const upcoming = Array.from({ length: FORECAST_DAYS }, (_, day) => ({
    date: new Date(todayStart + day * DAY_MS).toISOString().slice(0, 10),
    count: 0,
  }));
  let dueNow = 0;
  let next: number | null = null;
  for (const due of dues) {
    const dueMs = due.getTime();
    if (dueMs <= nowMs) dueNow++;
    else if (next === null || dueMs < next) next = dueMs;
    const day = Math.max(0, Math.floor((dueMs - todayStart) / DAY_MS));
    const slot = upcoming[day];
    if (slot) slot.count++;
  }
  return {
    forecast: {
      dueNow,
      dueToday: upcoming[0]?.count ?? 0,
      dueThisWeek: upcoming.reduce((sum, slot) => sum + slot.count, 0),
      nextDueAt: next === null ? null : new Date(next).toISOString(),
    },
    upcoming,
  };
}
