"use client";

import { useTranslations } from "next-intl";
import { buttonPrimary } from "@/components/ui/styles";
import { Link } from "@/i18n/navigation";
import type { ProgressReport } from "@/lib/progress/progress-report";
import { CardSection } from "@/components/ui/CardSection";
import { NextDueText } from "@/components/ui/NextDueText";

/** The figures at the top of the dashboard: studied, streak, what is due; and the way to review. */
export function ProgressOverview({ report, timeZone }: { report: ProgressReport; timeZone: string | undefined }) {
  const t = useTranslations("Dashboard");
  const tDue = useTranslations("DueCounts");
  const nextDue = report.reviews.nextDueAt ? new Date(report.reviews.nextDueAt) : null;
  const stats = [
    ["studied", t("statStudied"), t("statStudiedValue", { studied: report.studiedCount, total: report.sectionCount })],
    ["streak", t("statStreak"), t("statStreakValue", { count: report.streakDays })],
    ["due-now", tDue("now"), t("questionCount", { count: report.reviews.dueNow })],
    ["due-today", tDue("today"), t("questionCount", { count: report.reviews.dueToday })],
    ["due-week", tDue("week"), t("questionCount", { count: report.reviews.dueThisWeek })],
  ];

  return (
    <CardSection id="dashboard-overview" title={t("overviewHeading")} headingClassName="sr-only">
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
            <NextDueText due={nextDue} timeZone={timeZone} render={(parts) => t.rich("nextDue", parts)} />
          </p>
        ) : null}
      </div>
    </CardSection>
  );
}
