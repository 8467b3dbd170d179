// How long until a review falls due, as one rounded unit for a button ("10 min", "4 days").
// Pure: the two instants in, a value and a unit out; the UI formats it in its locale.

export type IntervalUnit = "minute" | "hour" | "day" | "month";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function intervalBetween(from: Date, to: Date): { value: number; unit: IntervalUnit } {
  const ms = Math.max(0, to.getTime() - from.getTime());
  if (ms < HOUR) return { value: Math.max(1, Math.round(ms / MINUTE)), unit: "minute" };
  if (ms < DAY) return { value: Math.round(ms / HOUR), unit: "hour" };
  if (ms < 30 * DAY) return { value: Math.round(ms / DAY), unit: "day" };
  return { value: Math.round(ms / (30 * DAY)), unit: "month" };
}
