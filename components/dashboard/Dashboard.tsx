"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { buttonSecondary } from "@/components/ui/styles";
import { quizLink } from "@/components/ui/quiz-link";
import { failureText } from "@/lib/client/api-fetch";
import { useApi } from "@/lib/client/use-api";
import type { SectionNames } from "@/lib/content/section-names";
import { localTimeZone } from "@/lib/format/calendar-date";
import type { ProgressReport } from "@/lib/progress/progress-report";
import { ImportProgress } from "./ImportProgress";
import { KindsAccuracy } from "./KindsAccuracy";
import { ProgressOverview } from "./ProgressOverview";
import { ResetProgress } from "./ResetProgress";
import { SectionsMastery } from "./SectionsMastery";
import { SessionsChart } from "./SessionsChart";
import { TransferPanel } from "./TransferPanel";
import { CardSection } from "@/components/ui/CardSection";

/** The learner's progress, read from `GET /api/progress` (the page itself is static). */
export function Dashboard({ sections }: { sections: SectionNames }) {
  const t = useTranslations("Dashboard");
  const { data: report, error, mutate } = useApi<ProgressReport>("/api/progress");
  const [announcement, setAnnouncement] = useState("");
  const reload = () => void mutate();

  const status = (
    <div role="status" aria-live="polite" className="sr-only">
      {announcement}
    </div>
  );

  if (!report) {
    return (
      <>
        {status}
        {error ? (
          <ErrorAlert className="p-4">{failureText(error, t("errorNetwork"))}</ErrorAlert>
        ) : (
          <p className="text-slate-700" aria-busy="true">
            {t("loading")}
          </p>
        )}
      </>
    );
  }

  const timeZone = localTimeZone();
  return (
    <div className="space-y-8">
      {status}
      <ProgressOverview report={report} timeZone={timeZone} />

      <CardSection id="dashboard-sessions" title={t("sessionsHeading")}>
        {report.sessions.length > 0 ? <SessionsChart sessions={report.sessions} timeZone={timeZone} /> : <p>{t.rich("noSessions", { link: quizLink })}</p>}
      </CardSection>

      <SectionsMastery report={report} sections={sections} />
      <KindsAccuracy kinds={report.kinds} />

      <CardSection id="dashboard-data" title={t("dataHeading")} headingClassName="mb-2 text-xl font-semibold">
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
              reload();
            }}
          />
        </div>
        <ImportProgress onImported={reload} />
      </CardSection>

      <TransferPanel onRedeemed={reload} />
    </div>
  );
}
