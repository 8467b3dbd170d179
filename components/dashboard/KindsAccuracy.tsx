"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Meter } from "@/components/ui/Meter";
import { card } from "@/components/ui/styles";
import type { ProgressReport } from "@/lib/progress/progress-report";

/** How often the learner answers each kind of question right. */
export function KindsAccuracy({ kinds }: { kinds: ProgressReport["kinds"] }) {
  const t = useTranslations("Dashboard");
  const tKind = useTranslations("QuizSetup.kind");
  const format = useFormatter();
  return (
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
          {kinds.map((kind) => (
            <tr key={kind.kind} className="border-b border-slate-200">
              <th scope="row" className="p-2 font-medium">{tKind(kind.kind)}</th>
              <td className="p-2">
                {kind.accuracy === null ? (
                  <span className="text-slate-700">{t("notAnswered")}</span>
                ) : (
                  <span className="flex flex-wrap items-center gap-2">
                    <Meter value={kind.accuracy} className="hidden w-28 shrink-0 sm:inline-block" />
                    <span>{t("accuracyValue", { percent: format.number(kind.accuracy, { style: "percent" }), correct: kind.correct, answered: kind.answered })}</span>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
