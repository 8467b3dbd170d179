import { createFormatter } from "next-intl";
import type { Locale } from "@/i18n/routing";

// Dates in content are calendar days (YYYY-MM-DD), not instants: format them in UTC so
// no time zone moves them to the day before. English uses day-month order ("5 May
// 2023"), which plain "en" would not (it gives "May 5, 2023"); Chinese gives 2023年5月5日.
const FORMATTING_LOCALE: Record<Locale, string> = { en: "en-GB", zh: "zh-CN" };

const formatters = new Map<Locale, ReturnType<typeof createFormatter>>();

export function formatCalendarDate(isoDate: string, locale: Locale): string {
  let format = formatters.get(locale);
  if (!format) {
    format = createFormatter({ locale: FORMATTING_LOCALE[locale], timeZone: "UTC" });
    formatters.set(locale, format);
  }
  return format.dateTime(new Date(`${isoDate}T00:00:00Z`), { year: "numeric", month: "long", day: "numeric" });
}
