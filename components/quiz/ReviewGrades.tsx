"use client";

import { useFormatter, useTranslations } from "next-intl";
import { forwardRef } from "react";
import { intervalBetween } from "@/lib/quiz/interval";
import type { ReviewGrade } from "@/lib/quiz/schedule-card";
import type { AnswerResult } from "./quiz-api";
import { buttonSecondary } from "@/components/ui/styles";

const GRADES: readonly ReviewGrade[] = ["again", "hard", "good", "easy"];

type Props = {
  result: AnswerResult & { grades: Record<ReviewGrade, string> };
  busy: boolean;
  onGrade: (grade: ReviewGrade) => void;
};

/**
 * After a right answer in a review: Again, Hard, Good or Easy, each with when the
 * question would come back. The chosen one is marked in words (aria-pressed and a
 * heavier border), not by colour alone. Focus starts on Good, the usual grade.
 */
export const ReviewGrades = forwardRef<HTMLButtonElement, Props>(function ReviewGrades({ result, busy, onGrade }, goodRef) {
  const t = useTranslations("QuizFlow");
  const format = useFormatter();
  const answeredAt = new Date(result.answeredAt);
  const intervalText = (grade: ReviewGrade) => {
    const { value, unit } = intervalBetween(answeredAt, new Date(result.grades[grade]));
    return format.number(value, { style: "unit", unit, unitDisplay: "long" });
  };

  return (
    <fieldset className="rounded-md border border-slate-300 bg-white p-3" data-testid="review-grades">
      <legend className="px-1 font-semibold text-slate-950">{t("gradeLegend")}</legend>
      <p className="mb-2 text-sm text-slate-700">{t("gradeHint")}</p>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {GRADES.map((grade) => {
          const chosen = result.grade === grade;
          return (
            <button
              key={grade}
              type="button"
              ref={grade === "good" ? goodRef : undefined}
              aria-pressed={chosen}
              disabled={busy}
              onClick={() => onGrade(grade)}
              className={`${buttonSecondary} flex-col !gap-0 !px-2 ${chosen ? "border-3 border-blue-800 bg-blue-50" : ""}`}
            >
              <span className="font-semibold">{t(`grade.${grade}`)}</span>
              <span className="text-sm whitespace-nowrap text-slate-700">{t("gradeDue", { interval: intervalText(grade) })}</span>
            </button>
          );
        })}
      </div>
    </fieldset>
  );
});

/** The interval text for one due date, for announcements. */
export function useIntervalText() {
  const format = useFormatter();
  return (from: string, to: string) => {
    const { value, unit } = intervalBetween(new Date(from), new Date(to));
    return format.number(value, { style: "unit", unit, unitDisplay: "long" });
  };
}
