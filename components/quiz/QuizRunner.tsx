"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Link } from "@/i18n/navigation";
import { AnswerFeedback } from "./AnswerFeedback";
import { ChoiceQuestion } from "./ChoiceQuestion";
import { MatchRound } from "./MatchRound";
import { QuizProgress } from "./QuizProgress";
import { QuizSummary, type FinishedSession } from "./QuizSummary";
import { ApiError, apiFetch, rememberActiveSession, takeStashedSession, type AnswerResult, type QuizSession, type StoredSession } from "./quiz-api";
import { buildSteps, firstOpenStep, stepDone } from "./quiz-steps";
import { buttonPrimary, buttonSecondary, textLink } from "./styles";
import { TypedQuestion } from "./TypedQuestion";
import { ReviewGrades, useIntervalText } from "./ReviewGrades";
import type { ReviewGrade } from "@/lib/quiz/schedule-card";
import { isTypeable } from "@/lib/quiz/typeable";

export type SectionNames = Record<string, { name: string; nameLang?: "en" | "zh"; labelZh: string | null }>;

/** A session as created (from the setup page) or as stored (`GET`, with its results). */
type LoadedSession = QuizSession & Partial<Pick<StoredSession, "results">>;

type Props = {
  sessionId: string;
  sections: SectionNames;
  /** Where a retry session opens: `/quiz/session` or `/review`. */
  basePath: "/quiz/session" | "/review";
};

function indexResults(list: readonly AnswerResult[] | undefined): Record<string, AnswerResult> {
  const byId: Record<string, AnswerResult> = {};
  for (const result of list ?? []) byId[result.questionId] = result;
  return byId;
}

/**
 * One quiz or review session, a question at a time: progress, the question, feedback
 * from the source, "Next", and the summary at the end. Reloading resumes where the
 * learner was, from the answers the server stored.
 */
export function QuizRunner({ sessionId, sections, basePath }: Props) {
  const t = useTranslations("QuizFlow");
  const locale = useLocale();
  const [session, setSession] = useState<LoadedSession | null>(null);
  const [results, setResults] = useState<Record<string, AnswerResult>>({});
  const [stepIndex, setStepIndex] = useState(0);
  const [loadError, setLoadError] = useState("");
  const [actionError, setActionError] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const [finished, setFinished] = useState<FinishedSession | null>(null);
  // "I was right" asks first, and can be taken back until the next question.
  const [confirming, setConfirming] = useState(false);
  const [undoable, setUndoable] = useState<string | null>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const gradeRef = useRef<HTMLButtonElement>(null);
  const [grading, setGrading] = useState(false);
  const intervalText = useIntervalText();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus moves after the render that shows its target: a request plus a tick to run the effect.
  const focusRequest = useRef<"next" | "question" | "grade" | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const requestFocus = useCallback((target: "next" | "question" | "grade") => {
    focusRequest.current = target;
    setFocusTick((tick) => tick + 1);
  }, []);

  const steps = useMemo(() => buildSteps(session?.questions ?? [], session?.matching ?? []), [session]);
  const total = session?.questions.length ?? 0;

  const loadFinished = useCallback(async () => {
    try {
      const stored = await apiFetch<StoredSession>(locale, `/api/quiz-sessions/${encodeURIComponent(sessionId)}`);
      setFinished({ session: stored, results: indexResults(stored.results) });
      // A finished review is not reopened: /review then shows what is due next.
      if (basePath === "/review") rememberActiveSession(basePath, null);
    } catch (failure) {
      setActionError(failure instanceof ApiError ? failure.message : t("errorNetwork"));
    }
  }, [basePath, locale, sessionId, t]);

  useEffect(() => {
    let cancelled = false;
    async function load() {
      const stashed = takeStashedSession(sessionId);
      try {
        const stored: LoadedSession = stashed ?? (await apiFetch<StoredSession>(locale, `/api/quiz-sessions/${encodeURIComponent(sessionId)}`));
        if (cancelled) return;
        const known = indexResults(stored.results);
        const steps = buildSteps(stored.questions, stored.matching);
        const open = firstOpenStep(steps, known);
        setSession(stored);
        setResults(known);
        rememberActiveSession(basePath, sessionId);
        setStepIndex(open);
        if (open >= steps.length) await loadFinished();
        // Screen readers start on the question, not at the top of the page.
        else requestFocus("question");
      } catch (failure) {
        if (!cancelled) setLoadError(failure instanceof ApiError ? failure.message : t("errorNetwork"));
      }
    }
    void load();
    return () => {
      cancelled = true;
    };
  }, [basePath, locale, sessionId, t, loadFinished, requestFocus]);

  // Focus follows the flow: to "Next" after an answer, to the new question after "Next".
  useEffect(() => {
    const focusTarget = focusRequest.current;
    // The request stays until its target is on screen (the first question arrives a render later).
    const field = headingRef.current?.parentElement?.querySelector<HTMLInputElement>('input[type="text"]:not([readonly])');
    const target =
      focusTarget === "next" ? nextRef.current : focusTarget === "grade" ? gradeRef.current : focusTarget === "question" ? (field ?? headingRef.current) : null;
    if (!target) return;
    focusRequest.current = null;
    target.focus();
  }, [focusTick]);

  const submitAnswer = useCallback(
    async (questionId: string, answer: string): Promise<AnswerResult | null> => {
      setActionError("");
      try {
        const result = await apiFetch<AnswerResult>(
          locale,
          `/api/quiz-sessions/${encodeURIComponent(sessionId)}/answers`,
          { method: "POST", body: { questionId, answer } },
        );
        setResults((previous) => ({ ...previous, [questionId]: result }));
        return result;
      } catch (failure) {
        setActionError(failure instanceof ApiError ? failure.message : t("errorNetwork"));
        return null;
      }
    },
    [locale, sessionId, t],
  );

  const step = steps[stepIndex];

  async function answerSingle(questionId: string, answer: string) {
    const result = await submitAnswer(questionId, answer);
    if (!result) return;
    setAnnouncement(result.correct ? t("announceCorrect", { answer: result.answer }) : t("announceIncorrect", { answer: result.answer }));
    requestFocus(needsGrade(result) ? "grade" : "next");
  }

  /** A right answer in a review waits for the learner's grade before "Next". */
  function needsGrade(result: AnswerResult | undefined): boolean {
    return result !== undefined && result.grades !== undefined && result.correct && !result.grade;
  }

  async function grade(questionId: string, value: ReviewGrade) {
    setActionError("");
    setGrading(true);
    try {
      const result = await apiFetch<AnswerResult>(
        locale,
        `/api/quiz-sessions/${encodeURIComponent(sessionId)}/answers/${encodeURIComponent(questionId)}/grade`,
        { method: "POST", body: { grade: value } },
      );
      setResults((previous) => ({ ...previous, [questionId]: result }));
      if (result.grades) setAnnouncement(t("announceGraded", { grade: t(`grade.${value}`), interval: intervalText(result.answeredAt, result.grades[value]) }));
      requestFocus("next");
    } catch (failure) {
      setActionError(failure instanceof ApiError ? failure.message : t("errorNetwork"));
    } finally {
      setGrading(false);
    }
  }

  async function answerPair(questionId: string, prompt: string, answer: string, remaining: number) {
    const result = await submitAnswer(questionId, answer);
    if (!result) return;
    setAnnouncement(
      result.correct ? t("announcePairCorrect", { prompt, answer, remaining }) : t("announcePairIncorrect", { prompt, answer: result.answer, remaining }),
    );
    if (remaining === 0) requestFocus("next");
  }

  async function override(questionId: string, undo = false) {
    setActionError("");
    try {
      const result = await apiFetch<AnswerResult>(
        locale,
        `/api/quiz-sessions/${encodeURIComponent(sessionId)}/answers/${encodeURIComponent(questionId)}/override`,
        { method: undo ? "DELETE" : "POST", body: {} },
      );
      setResults((previous) => ({ ...previous, [questionId]: result }));
      setConfirming(false);
      setUndoable(undo ? null : questionId);
      setAnnouncement(undo ? t("announceUndone") : t("announceOverridden"));
      requestFocus(needsGrade(result) ? "grade" : "next");
    } catch (failure) {
      setActionError(failure instanceof ApiError ? failure.message : t("errorNetwork"));
    }
  }

  function askOverride() {
    setConfirming(true);
    // The question and its two buttons appear in the next render.
    setTimeout(() => confirmRef.current?.focus(), 0);
  }

  function next() {
    setAnnouncement("");
    setConfirming(false);
    setUndoable(null);
    if (stepIndex + 1 >= steps.length) {
      void loadFinished();
      return;
    }
    setStepIndex(stepIndex + 1);
    requestFocus("question");
  }

  const liveRegion = (
    <div role="status" aria-live="polite" aria-atomic="true" className="sr-only" data-testid="quiz-announcer">
      {announcement}
    </div>
  );

  // The live region stays mounted in one place for the whole session, so it exists
  // before its text changes (screen readers ignore regions that arrive with content).
  return (
    <div className="space-y-5">
      {liveRegion}
      {renderBody()}
    </div>
  );

  function renderBody() {
  if (loadError) {
    return (
      <>
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-4 font-medium text-red-900">
          {loadError}
        </p>
        <p className="mt-4">
          <Link href="/quiz" className={textLink}>
            {t("backToSetup")}
          </Link>
        </p>
      </>
    );
  }

  if (finished) {
    return (
      <>
        <QuizSummary finished={finished} sections={sections} basePath={basePath} />
      </>
    );
  }

  if (!session || !step) {
    return (
      <>
        <p className="text-slate-700" aria-busy="true">
          {t("loading")}
        </p>
      </>
    );
  }

  const done = stepDone(step, results) && !(step.type === "single" && needsGrade(results[step.question.id]));
  const isLast = stepIndex + 1 >= steps.length;
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
        <h2 id="quiz-question-heading" ref={headingRef} tabIndex={-1} className="mb-3 text-sm font-semibold tracking-wide text-slate-700 uppercase focus:outline-none">
          {step.type === "match" ? t("matchHeading") : t(`kindHeading.${step.question.kind}`)}
        </h2>
        {single && single.format === "typed" ? (
          <TypedQuestion key={single.id} question={single} result={singleResult} onAnswer={answerSingle} />
        ) : single ? (
          <ChoiceQuestion key={single.id} question={single} result={singleResult} onAnswer={answerSingle} staysChoice={session.mode !== "choice" && !isTypeable(single.kind)} />
        ) : step.type === "match" ? (
          <MatchRound key={step.first} group={step.group} questions={step.questions} choices={step.choices} results={results} onPair={answerPair} sections={sections} />
        ) : null}
      </section>

      <p role="alert" className="empty:hidden rounded-md border-2 border-red-700 bg-red-50 p-3 font-medium text-red-900">
        {actionError}
      </p>

      {single && singleResult ? (
        <div className="space-y-3">
          <AnswerFeedback result={singleResult} sections={sections} />
          {singleResult.overridable && !singleResult.correct && !singleResult.overridden && !confirming ? (
            <div className="flex flex-wrap items-center gap-3">
              <button type="button" className={buttonSecondary} onClick={askOverride}>
                {t("override")}
              </button>
              <span className="text-sm text-slate-700">{t("overrideHint")}</span>
            </div>
          ) : null}
          {confirming && !singleResult.overridden ? (
            <div role="group" aria-labelledby="override-confirm" className="space-y-3 rounded-md border-2 border-amber-700 bg-amber-50 p-3" data-testid="override-confirm">
              <p id="override-confirm" className="font-medium text-slate-950">
                {t("overrideConfirm", { given: singleResult.given, answer: singleResult.answer })}
              </p>
              <div className="flex flex-wrap gap-3">
                <button type="button" ref={confirmRef} className={buttonSecondary} onClick={() => void override(single.id)}>
                  {t("overrideYes")}
                </button>
                <button
                  type="button"
                  className={buttonSecondary}
                  onClick={() => {
                    setConfirming(false);
                    requestFocus("next");
                  }}
                >
                  {t("overrideCancel")}
                </button>
              </div>
            </div>
          ) : null}
          {singleResult.grades && singleResult.correct ? (
            <ReviewGrades
              ref={gradeRef}
              result={{ ...singleResult, grades: singleResult.grades }}
              busy={grading}
              onGrade={(value) => void grade(single.id, value)}
            />
          ) : singleResult.grades ? (
            <p className="font-medium text-slate-900" data-testid="grade-missed">
              {t("gradeMissed", { interval: intervalText(singleResult.answeredAt, singleResult.grades.again) })}
            </p>
          ) : null}
          {singleResult.overridden && undoable === single.id ? (
            <button type="button" className={buttonSecondary} onClick={() => void override(single.id, true)}>
              {t("overrideUndo")}
            </button>
          ) : null}
        </div>
      ) : null}

      {done ? (
        // Sticky at the bottom of the viewport, so "Next" stays in view after long feedback
        // (full width on a phone); focus moving to it scrolls it into view as well.
        <div className="sticky bottom-0 z-10 -mx-4 border-t border-slate-300 bg-white/95 px-4 py-3 sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0" data-testid="next-bar">
          <button
            type="button"
            ref={nextRef}
            className={`${buttonPrimary} w-full sm:w-auto`}
            onClick={next}
            onFocus={(event) => event.currentTarget.scrollIntoView({ block: "nearest" })}
          >
            {isLast ? t("finish") : t("next")}
          </button>
        </div>
      ) : null}
    </>
  );
  }
}
