import { addDays, writesDate } from "./dates";
import { sectionTexts } from "./section-texts";
import type { Section } from "./types";

/** How long after the last dated event a date line stops being a reference for its weekdays. */
const WELL_AFTER_DAYS = 7;

/**
 * A compilation runs in order: "on Tuesday" read back from the date line (Sept. 3) in a
 * section before one of Aug. 28 is the Tuesday before that, Aug. 27. Only a day read back
 * from the date line by a weekday moves (`readBack`, one flag per section), a week at a
 * time, and never past a date the section writes out; and only when it is the date line's
 * own day, or the later section's date is a week or more before the date line (a
 * compilation published well after the visit: "arrived Friday", "met Saturday" above a
 * caption of Oct. 27, with a date line of Nov. 5). Nearer than that, a compilation's order
 * is no proof: a preview printed after the visit's reports dates the days before it.
 * Sections are taken last to first, so a run of read-back days moves together.
 */
export function inOrder(sections: Section[], readBack: readonly boolean[], published: string): Section[] {
  // Only where the sections dated by the text itself run forward (a newest-first list runs back).
  const anchored = sections.filter((section, i) => section.date !== null && !readBack[i]).map((section) => section.date!);
  if (anchored.some((date, k) => k > 0 && date < anchored[k - 1]!)) return sections;
  const ordered = [...sections];
  for (let i = ordered.length - 1; i >= 0; i--) {
    const section = ordered[i]!;
    const next = ordered.slice(i + 1).find((later) => later.date !== null)?.date;
    if (!readBack[i] || section.date === null || !next || section.date <= next) continue;
    if (section.date !== published && next > addDays(published, -WELL_AFTER_DAYS)) continue;
    const text = sectionTexts(section).join(" ");
    if (writesDate(text, section.date)) continue;
    let date = section.date;
    while (date > next) date = addDays(date, -7);
    ordered[i] = { ...section, date };
  }
  return ordered;
}

