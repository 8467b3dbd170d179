// Calendar helpers on plain `YYYY-MM-DD` strings, computed in UTC so the machine's
// time zone can never shift a date by one.

export const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** Month names and their usual abbreviations ("Sept.", "Sep", "May"), for regular expressions. */
export const MONTH_PATTERN =
  "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.|\\.|t)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";

export function monthIndex(name: string): number {
  const key = name.replace(/\.$/, "").slice(0, 3).toLowerCase();
  return MONTHS.findIndex((month) => month.slice(0, 3).toLowerCase() === key);
}

export function isoDate(year: number, monthZeroBased: number, day: number): string | null {
  const date = new Date(Date.UTC(year, monthZeroBased, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== monthZeroBased || date.getUTCDate() !== day) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

export function isValidIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isoDate(Number(match[1]), Number(match[2]) - 1, Number(match[3])) === text;
}

export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The latest date on or before `reference` that falls on `weekday` (0 = Sunday). */
export function latestWeekdayOnOrBefore(reference: string, weekday: number): string {
  const back = (weekdayOf(reference) - weekday + 7) % 7;
  return addDays(reference, -back);
}

/** "September 3", "3 September", "Sept. 3": the day written out. */
export function writesDate(text: string, iso: string): boolean {
  const month = MONTHS[Number(iso.slice(5, 7)) - 1]!;
  const day = String(Number(iso.slice(8, 10)));
  const forms = [month, month.slice(0, 3), month.slice(0, 4)].map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`\\b(?:${forms.join("|")})\\.?\\s+${day}\\b|\\b${day}\\s+(?:${forms.join("|")})`).test(text);
}
