"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ResultIcon } from "@/components/quiz/ResultIcon";
import { Meter } from "@/components/ui/Meter";
import { textLink } from "@/components/ui/styles";
import { Link } from "@/i18n/navigation";
import type { SectionNames } from "@/lib/content/section-names";
import { sectionHref } from "@/lib/content/study-href";
import type { ProgressReport } from "@/lib/progress/progress-report";
import { TableHead } from "@/components/ui/TableHead";
import { CardSection } from "@/components/ui/CardSection";

/** "Studied" with a tick, or "Not studied", in words. */
function StudiedState({ studied, className }: { studied: boolean; className: string }) {
  const t = useTranslations("Dashboard");
  return (
    <span className={`flex items-center gap-1 ${studied ? "font-semibold text-green-900" : "font-normal text-slate-700"} ${className}`}>
      {studied ? <ResultIcon correct className="h-4 w-4" /> : null}
      {studied ? t("studied") : t("notStudied")}
    </span>
  );
}

/** Every section: studied or not, and how many of its questions the learner has mastered. */
export function SectionsMastery({ report, sections }: { report: ProgressReport; sections: SectionNames }) {
  const t = useTranslations("Dashboard");
  const format = useFormatter();
  return (
    <CardSection id="dashboard-sections" title={t("sectionsHeading")}>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left" data-testid="sections-table">
          <caption className="sr-only">{t("sectionsCaption")}</caption>
          <TableHead
            columns={[t("sectionColumn"), t("studiedColumn"), t("masteryColumn")]}
            columnClassNames={[undefined, "hidden p-2 sm:table-cell"]}
            rowClassName="border-b-2 border-slate-400 text-sm"
          />
          <tbody>
            {report.sections.map((section) => {
              const name = sections[section.sectionId];
              const percent = format.number(section.mastery, { style: "percent" });
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
                    <StudiedState studied={section.studied} className="mt-1 text-sm sm:hidden" />
                  </th>
                  <td className="hidden p-2 sm:table-cell">
                    <StudiedState studied={section.studied} className="whitespace-nowrap" />
                  </td>
                  <td className="p-2">
                    <span className="flex flex-wrap items-center gap-2">
                      <Meter value={section.mastery} className="hidden w-28 shrink-0 sm:inline-block" />
                      <span>{t("masteryValue", { percent, mastered: section.mastered, total: section.questions })}</span>
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </CardSection>
  );
}
