import { createFormatter } from "next-intl";
import type { Locale } from "@/i18n/routing";

// Every date the app shows, in one format per locale, from this one module: English
// day first ("5 May 2023", which plain "en" would not give: it writes "May 5, 2023"),
// Chinese 2023年5月5日; with a time, "1 December 2026 at 15:24" and "2026年12月1日 15:24".
// Content dates are calendar days (YYYY-MM-DD), not instants: formatted in UTC so no
// time zone moves them to the day before. Instants are shown in the reader's time zone.
const FORMATTING_LOCALE: Record<Locale, string> = { en: "en-GB", zh: "zh-CN" };
const DATE = { year: "numeric", month: "long", day: "numeric" } as const;
const DATE_TIME = { ...DATE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;

const formatters = new Map<string, ReturnType<typeof createFormatter>>();

function formatter(locale: Locale, timeZone: string): ReturnType<typeof createFormatter> {
  const key = `${locale} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    // next-intl types `locale` as the app's own (AppConfig); Intl takes the regional variant.
    format = createFormatter({ locale: FORMATTING_LOCALE[locale] as Locale, timeZone });
    formatters.set(key, format);
  }
  return format;
}

export function formatCalendarDate(isoDate: string, locale: Locale): string {
  return formatter(locale, "UTC").dateTime(new Date(`${isoDate}T00:00:00Z`), DATE);
}

/** An instant (a session's start, when a review falls due), in the reader's time zone. */
export function formatDateTime(instant: Date, locale: Locale, timeZone = "UTC"): string {
  return formatter(locale, timeZone).dateTime(instant, DATE_TIME);
}

/** The browser's own time zone (review times are shown in the learner's local time), if it tells. */
export function localTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
