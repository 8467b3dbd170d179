"use client";

import { useFormatter, useLocale, useNow, useTranslations } from "next-intl";
import { buttonPrimary, card } from "@/components/ui/styles";
import { Link } from "@/i18n/navigation";
import { formatDateTime } from "@/lib/format/calendar-date";
import type { ProgressReport } from "@/lib/progress/progress-report";

/** The figures at the top of the dashboard: studied, streak, what is due; and the way to review. */
export function ProgressOverview({ report, timeZone }: { report: ProgressReport; timeZone: string | undefined }) {
  const t = useTranslations("Dashboard");
  const tDue = useTranslations("DueCounts");
  const format = useFormatter();
  const locale = useLocale();
  const now = useNow();
  const nextDue = report.reviews.nextDueAt ? new Date(report.reviews.nextDueAt) : null;
  const stats = [
    ["studied", t("statStudied"), t("statStudiedValue", { studied: report.studiedCount, total: report.sectionCount })],
    ["streak", t("statStreak"), t("statStreakValue", { count: report.streakDays })],
    ["due-now", tDue("now"), t("questionCount", { count: report.reviews.dueNow })],
    ["due-today", tDue("today"), t("questionCount", { count: report.reviews.dueToday })],
    ["due-week", tDue("week"), t("questionCount", { count: report.reviews.dueThisWeek })],
  ];

  return (
    <section aria-labelledby="dashboard-overview" className={card}>
      <h2 id="dashboard-overview" className="sr-only">
        {t("overviewHeading")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5" data-testid="dashboard-stats">
        {stats.map(([key, label, value]) => (
          <div key={key} className="rounded-md bg-slate-50 p-3" data-testid={`stat-${key}`}>
            <dt className="text-sm text-slate-700">{label}</dt>
            <dd className="mt-1 text-xl font-bold text-slate-950">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
        {report.reviews.dueNow > 0 ? (
          <Link href="/review" className={buttonPrimary}>
            {t("reviewNow", { count: report.reviews.dueNow })}
          </Link>
        ) : null}
        {nextDue && report.reviews.dueNow === 0 ? (
          <p className="text-slate-800">
            {t.rich("nextDue", {
              date: formatDateTime(nextDue, locale, timeZone),
              relative: format.relativeTime(nextDue, now),
              time: (chunks) => <time dateTime={nextDue.toISOString()}>{chunks}</time>,
            })}
          </p>
        ) : null}
      </div>
    </section>
  );
}
