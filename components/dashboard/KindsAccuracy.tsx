"use client";

import { useFormatter, useTranslations } from "next-intl";
import { MeterTable } from "@/components/ui/MeterTable";
import type { ProgressReport } from "@/lib/progress/progress-report";
import { CardSection } from "@/components/ui/CardSection";

/** How often the learner answers each kind of question right. */
export function KindsAccuracy({ kinds }: { kinds: ProgressReport["kinds"] }) {
  const t = useTranslations("Dashboard");
  const tKind = useTranslations("QuizSetup.kind");
  const format = useFormatter();
  return (
    <CardSection id="dashboard-kinds" title={t("kindsHeading")}>
      <MeterTable
        caption={t("kindsCaption")}
        columns={[t("kindColumn"), t("accuracyColumn")]}
        rows={kinds.map((kind) => ({
          key: kind.kind,
          heading: tKind(kind.kind),
          share: kind.accuracy,
          text:
            kind.accuracy === null
              ? t("notAnswered")
              : t("accuracyValue", { percent: format.number(kind.accuracy, { style: "percent" }), correct: kind.correct, answered: kind.answered }),
        }))}
        className="w-full"
        headRowClassName="border-b-2 border-slate-400 text-sm"
        meterClassName="hidden w-28 shrink-0 sm:inline-block"
        testId="kinds-table"
      />
    </CardSection>
  );
}
