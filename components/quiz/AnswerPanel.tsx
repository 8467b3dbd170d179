"use client";

import { useTranslations } from "next-intl";
import { buttonSecondary } from "@/components/ui/styles";
import type { SectionNames } from "@/lib/content/section-names";
import { AnswerFeedback } from "./AnswerFeedback";
import type { AnswerResult } from "./quiz-api";
import { ReviewGrades } from "./ReviewGrades";
import type { QuizSessionState } from "./use-quiz-session";

type Props = { quiz: QuizSessionState; questionId: string; result: AnswerResult; sections: SectionNames };

/**
 * Under an answered question: the feedback, "I was right" (with its confirmation and
 * undo) for a typed answer graded wrong, and in a review the grade buttons.
 */
export function AnswerPanel({ quiz, questionId, result, sections }: Props) {
  const t = useTranslations("QuizFlow");
  const { actions, confirming, confirmRef, gradeRef } = quiz;

  return (
    <div className="space-y-3">
      <AnswerFeedback result={result} sections={sections} />
      {result.overridable && !result.correct && !result.overridden && !confirming ? (
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" className={buttonSecondary} onClick={actions.askOverride}>
            {t("override")}
          </button>
          <span className="text-sm text-slate-700">{t("overrideHint")}</span>
        </div>
      ) : null}
      {confirming && !result.overridden ? (
        <div
          role="group"
          aria-labelledby="override-confirm"
          className="space-y-3 rounded-md border-2 border-amber-700 bg-amber-50 p-3"
          data-testid="override-confirm"
        >
          <p id="override-confirm" className="font-medium text-slate-950">
            {t("overrideConfirm", { given: result.given, answer: result.answer })}
          </p>
          <div className="flex flex-wrap gap-3">
            <button type="button" ref={confirmRef} className={buttonSecondary} onClick={() => void actions.override(questionId)}>
              {t("overrideYes")}
            </button>
            <button type="button" className={buttonSecondary} onClick={actions.cancelOverride}>
              {t("overrideCancel")}
            </button>
          </div>
        </div>
      ) : null}
      {result.grades && result.correct ? (
        <ReviewGrades
          ref={gradeRef}
          result={{ ...result, grades: result.grades }}
          busy={quiz.grading}
          onGrade={(value) => void actions.grade(questionId, value)}
        />
      ) : result.grades ? (
        <p className="font-medium text-slate-900" data-testid="grade-missed">
          {t("gradeMissed", { interval: quiz.intervalText(result.answeredAt, result.grades.again) })}
        </p>
      ) : null}
      {result.overridden && quiz.undoable === questionId ? (
        <button type="button" className={buttonSecondary} onClick={() => void actions.override(questionId, true)}>
          {t("overrideUndo")}
        </button>
      ) : null}
    </div>
  );
}
