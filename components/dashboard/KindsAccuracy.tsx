"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Meter } from "@/components/ui/Meter";
import type { ProgressReport } from "@/lib/progress/progress-report";
import { TableHead } from "@/components/ui/TableHead";
import { CardSection } from "@/components/ui/CardSection";

/** How often the learner answers each kind of question right. */
export function KindsAccuracy({ kinds }: { kinds: ProgressReport["kinds"] }) {
  const t = useTranslations("Dashboard");
  const tKind = useTranslations("QuizSetup.kind");
  const format = useFormatter();
  return (
    <CardSection id="dashboard-kinds" title={t("kindsHeading")}>
      <table className="w-full border-collapse text-left" data-testid="kinds-table">
        <caption className="sr-only">{t("kindsCaption")}</caption>
        <TableHead columns={[t("kindColumn"), t("accuracyColumn")]} rowClassName="border-b-2 border-slate-400 text-sm" />
        <tbody>
          {kinds.map((kind) => (
            <tr key={kind.kind} className="border-b border-slate-200">
              <th scope="row" className="p-2 font-medium">
                {tKind(kind.kind)}
              </th>
              <td className="p-2">
                {kind.accuracy === null ? (
                  <span className="text-slate-700">{t("notAnswered")}</span>
                ) : (
                  <span className="flex flex-wrap items-center gap-2">
                    <Meter value={kind.accuracy} className="hidden w-28 shrink-0 sm:inline-block" />
                    <span>
                      {t("accuracyValue", { percent: format.number(kind.accuracy, { style: "percent" }), correct: kind.correct, answered: kind.answered })}
                    </span>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </CardSection>
  );
}
