"use client";

import { apiFetch, failureText } from "@/lib/client/api-fetch";
import { sectionHref } from "@/lib/content/study-href";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";

import type { SectionNames } from "@/lib/content/section-names";
import { ResultIcon } from "@/components/quiz/ResultIcon";
import { buttonPrimary, buttonSecondary, card, textLink } from "@/components/ui/styles";
import { Link } from "@/i18n/navigation";
import type { ProgressReport } from "@/lib/progress/progress-report";
import { ImportProgress } from "./ImportProgress";
import { ResetProgress } from "./ResetProgress";
import { formatDateTime } from "@/lib/format/calendar-date";
import type { Locale } from "@/i18n/routing";
import { SessionsChart } from "./SessionsChart";
import { TransferPanel } from "./TransferPanel";

type State = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; report: ProgressReport; now: number };

function localTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function Meter({ value }: { value: number }) {
  return (
    <span className="hidden h-2.5 w-28 shrink-0 sm:inline-block overflow-hidden rounded-full border border-slate-500 bg-slate-100" aria-hidden="true">
      <span className="block h-full bg-blue-700" style={{ width: `${Math.round(value * 100)}%` }} />
    </span>
  );
}

/** The learner's progress, fetched from `GET /api/progress` (the page itself is static). */
export function Dashboard({ sections }: { sections: SectionNames }) {
  const t = useTranslations("Dashboard");
  const tKind = useTranslations("QuizSetup.kind");
  const tDue = useTranslations("DueCounts");
  const format = useFormatter();
  const locale = useLocale();
  const [state, setState] = useState<State>({ status: "loading" });
  const [announcement, setAnnouncement] = useState("");

  const load = useCallback(async () => {
    try {
      const report = await apiFetch<ProgressReport>(locale, "/api/progress");
      setState({ status: "ready", report, now: Date.now() });
    } catch (failure) {
      setState({ status: "error", message: failureText(failure, t("errorNetwork")) });
    }
  }, [locale, t]);

  useEffect(() => {
    // Loading the learner's data is only possible in the browser (the page is static).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);

  const status = (
    <div role="status" aria-live="polite" className="sr-only">
      {announcement}
    </div>
  );

  if (state.status === "loading") {
    return (
      <>
        {status}
        <p className="text-slate-700" aria-busy="true">
          {t("loading")}
        </p>
      </>
    );
  }
  if (state.status === "error") {
    return (
      <>
        {status}
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-4 font-medium text-red-900">
          {state.message}
        </p>
      </>
    );
  }

  const { report, now } = state;
  const timeZone = localTimeZone();
  const nextDue = report.reviews.nextDueAt ? new Date(report.reviews.nextDueAt) : null;
  const percent = (value: number) => format.number(value, { style: "percent" });

  return (
    <div className="space-y-8">
      {status}
      <section aria-labelledby="dashboard-overview" className={card}>
        <h2 id="dashboard-overview" className="sr-only">
          {t("overviewHeading")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5" data-testid="dashboard-stats">
          {[
            ["studied", t("statStudied"), t("statStudiedValue", { studied: report.studiedCount, total: report.sectionCount })],
            ["streak", t("statStreak"), t("statStreakValue", { count: report.streakDays })],
            ["due-now", tDue("now"), t("questionCount", { count: report.reviews.dueNow })],
            ["due-today", tDue("today"), t("questionCount", { count: report.reviews.dueToday })],
            ["due-week", tDue("week"), t("questionCount", { count: report.reviews.dueThisWeek })],
          ].map(([key, label, value]) => (
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
                date: formatDateTime(nextDue, locale as Locale, timeZone),
                relative: format.relativeTime(nextDue, now),
                time: (chunks) => <time dateTime={nextDue.toISOString()}>{chunks}</time>,
              })}
            </p>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="dashboard-sessions" className={card}>
        <h2 id="dashboard-sessions" className="mb-3 text-xl font-semibold">
          {t("sessionsHeading")}
        </h2>
        {report.sessions.length > 0 ? (
          <SessionsChart sessions={report.sessions} timeZone={timeZone} />
        ) : (
          <p>{t.rich("noSessions", { link: (chunks) => <Link href="/quiz" className={textLink}>{chunks}</Link> })}</p>
        )}
      </section>

      <section aria-labelledby="dashboard-sections" className={card}>
        <h2 id="dashboard-sections" className="mb-3 text-xl font-semibold">
          {t("sectionsHeading")}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left" data-testid="sections-table">
            <caption className="sr-only">{t("sectionsCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400 text-sm">
                <th scope="col" className="p-2">{t("sectionColumn")}</th>
                <th scope="col" className="hidden p-2 sm:table-cell">{t("studiedColumn")}</th>
                <th scope="col" className="p-2">{t("masteryColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {report.sections.map((section) => {
                const name = sections[section.sectionId];
                return (
                  <tr key={section.sectionId} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-medium">
                      <Link href={sectionHref(section.sectionId)} className={textLink} lang={name?.nameLang}>
                        {name?.name ?? section.title ?? section.sectionId}
                      </Link>
                      {section.labelZh ? (
                        <span lang="zh" className="block text-sm font-normal text-slate-700">
                          {section.labelZh}
                        </span>
                      ) : null}
                      {/* On a phone the studied state sits under the name instead of in its own column. */}
                      <span className={`mt-1 flex items-center gap-1 text-sm sm:hidden ${section.studied ? "font-semibold text-green-900" : "font-normal text-slate-700"}`}>
                        {section.studied ? <ResultIcon correct className="h-4 w-4" /> : null}
                        {section.studied ? t("studied") : t("notStudied")}
                      </span>
                    </th>
                    <td className="hidden p-2 sm:table-cell">
                      <span className={`flex items-center gap-1 whitespace-nowrap ${section.studied ? "font-semibold text-green-900" : "text-slate-700"}`}>
                        {section.studied ? <ResultIcon correct className="h-4 w-4" /> : null}
                        {section.studied ? t("studied") : t("notStudied")}
                      </span>
                    </td>
                    <td className="p-2">
                      <span className="flex flex-wrap items-center gap-2">
                        <Meter value={section.mastery} />
                        <span>{t("masteryValue", { percent: percent(section.mastery), mastered: section.mastered, total: section.questions })}</span>
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="dashboard-kinds" className={card}>
        <h2 id="dashboard-kinds" className="mb-3 text-xl font-semibold">
          {t("kindsHeading")}
        </h2>
        <table className="w-full border-collapse text-left" data-testid="kinds-table">
          <caption className="sr-only">{t("kindsCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400 text-sm">
              <th scope="col" className="p-2">{t("kindColumn")}</th>
              <th scope="col" className="p-2">{t("accuracyColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {report.kinds.map((kind) => (
              <tr key={kind.kind} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-medium">{tKind(kind.kind)}</th>
                <td className="p-2">
                  {kind.accuracy === null ? (
                    <span className="text-slate-700">{t("notAnswered")}</span>
                  ) : (
                    <span className="flex flex-wrap items-center gap-2">
                      <Meter value={kind.accuracy} />
                      <span>{t("accuracyValue", { percent: percent(kind.accuracy), correct: kind.correct, answered: kind.answered })}</span>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="dashboard-data" className={card}>
        <h2 id="dashboard-data" className="mb-2 text-xl font-semibold">
          {t("dataHeading")}
        </h2>
        <p className="mb-4 text-slate-800">{t("dataIntro")}</p>
        <div className="flex flex-wrap gap-3">
          <a href="/api/progress/export?format=json" download className={buttonSecondary}>
            {t("exportJson")}
          </a>
          <a href="/api/progress/export?format=csv" download className={buttonSecondary}>
            {t("exportCsv")}
          </a>
          <ResetProgress
            onReset={() => {
              setAnnouncement(t("resetDone"));
              void load();
            }}
          />
        </div>
        <ImportProgress onImported={() => void load()} />
      </section>

      <TransferPanel onRedeemed={() => void load()} />
    </div>
  );
}
