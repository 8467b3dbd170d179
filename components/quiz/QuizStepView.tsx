"use client";

import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { buttonPrimary } from "@/components/ui/styles";
import type { SectionNames } from "@/lib/content/section-names";
import { isTypeable } from "@/lib/questions/kinds";
import { AnswerPanel } from "./AnswerPanel";
import { ChoiceQuestion } from "./ChoiceQuestion";
import { MatchRound } from "./MatchRound";
import type { QuizSession } from "./quiz-api";
import type { QuizStep } from "./quiz-steps";
import { QuizProgress } from "./QuizProgress";
import { TypedQuestion } from "./TypedQuestion";
import type { QuizSessionState } from "./use-quiz-session";

type Props = { quiz: QuizSessionState; session: QuizSession; step: QuizStep; sections: SectionNames };

/** The step on screen: progress, the question or matching round, its feedback, and "Next". */
export function QuizStepView({ quiz, session, step, sections }: Props) {
  const t = useTranslations("QuizFlow");
  const { results, total, actions, headingRef, nextRef } = quiz;
  const single = step.type === "single" ? step.question : null;
  const singleResult = single ? results[single.id] : undefined;

  return (
    <>
      {session.requested !== undefined && session.requested > total ? (
        <p className="rounded-md border-2 border-amber-700 bg-amber-50 p-3 font-medium text-slate-950" data-testid="fewer-questions">
          {t("fewerQuestions", { requested: session.requested, total })}
        </p>
      ) : null}
      <QuizProgress first={step.first} last={step.last} total={total} answered={Object.keys(results).length} />

      <section aria-labelledby="quiz-question-heading" className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-6">
        <h2
          id="quiz-question-heading"
          ref={headingRef}
          tabIndex={-1}
          className="mb-3 text-sm font-semibold tracking-wide text-slate-700 uppercase focus:outline-none"
        >
          {step.type === "match" ? t("matchHeading") : t(`kindHeading.${step.question.kind}`)}
        </h2>
        {single && single.format === "typed" ? (
          <TypedQuestion key={single.id} question={single} result={singleResult} onAnswer={actions.answerSingle} />
        ) : single ? (
          <ChoiceQuestion
            key={single.id}
            question={single}
            result={singleResult}
            onAnswer={actions.answerSingle}
            staysChoice={session.mode === "choice" ? undefined : !isTypeable(single.kind) ? "kind" : single.choiceOnly ? "name" : undefined}
          />
        ) : step.type === "match" ? (
          <MatchRound
            key={step.first}
            group={step.group}
            questions={step.questions}
            choices={step.choices}
            results={results}
            onPair={actions.answerPair}
            sections={sections}
          />
        ) : null}
      </section>

      <ErrorAlert>{quiz.actionError}</ErrorAlert>

      {single && singleResult ? <AnswerPanel quiz={quiz} questionId={single.id} result={singleResult} sections={sections} /> : null}

      {quiz.done ? (
        // Sticky at the bottom of the viewport, so "Next" stays in view after long feedback
        // (full width on a phone); focus moving to it scrolls it into view as well.
        <div
          className="sticky bottom-0 z-10 -mx-4 border-t border-slate-300 bg-white/95 px-4 py-3 sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0"
          data-testid="next-bar"
        >
          <button
            type="button"
            ref={nextRef}
            className={`${buttonPrimary} w-full sm:w-auto`}
            onClick={actions.next}
            onFocus={(event) => event.currentTarget.scrollIntoView({ block: "nearest" })}
          >
            {quiz.isLast ? t("finish") : t("next")}
          </button>
        </div>
      ) : null}
    </>
  );
}
