"use client";

import { useTranslations } from "next-intl";

/** "3 of 10" in words and as a progress bar that screen readers read with the same words. */
export function QuizProgress({ first, last, total, answered }: { first: number; last: number; total: number; answered: number }) {
  const t = useTranslations("QuizFlow");
  const label = first === last ? t("progress", { current: first, total }) : t("progressRange", { first, last, total });
  const percent = total === 0 ? 0 : Math.round((answered / total) * 100);
  return (
    <div>
      <p className="mb-1 flex justify-between text-sm font-semibold text-slate-800" aria-hidden="true">
        <span>{label}</span>
        <span>{t("answeredCount", { answered, total })}</span>
      </p>
      <div
        role="progressbar"
        aria-label={t("progressLabel")}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={first}
        aria-valuetext={label}
        className="h-3 overflow-hidden rounded-full border border-slate-500 bg-slate-100"
      >
        <div className="h-full bg-blue-700 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
