// How an English answer reads in the Chinese interface. Pure.

import { MONTHS } from "@/lib/content/dates";

const DATE = new RegExp(`^(${MONTHS.join("|")}) (\\d{1,2}), (\\d{4})$`);

/** "May 6, 2023" → "2023年5月6日"; null for anything that is not such a date. */
export function chineseDate(text: string): string | null {
  const match = DATE.exec(text.trim());
  if (!match) return null;
  return `${match[3]}年${MONTHS.indexOf(match[1] as (typeof MONTHS)[number]) + 1}月${Number(match[2])}日`;
}
