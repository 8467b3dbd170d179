"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { apiFetch, failureText } from "@/lib/client/api-fetch";
import { forgetCachedReads } from "@/lib/client/use-api";
import type { ReviewGrade } from "@/lib/quiz/schedule-card";
import { rememberActiveSession, takeStashedSession, type AnswerResult, type QuizSession, type StoredSession } from "./quiz-api";
import { buildSteps, firstOpenStep, stepDone } from "./quiz-steps";
import { useIntervalText } from "./ReviewGrades";
import { useFocusRequest } from "./use-focus-request";

export type QuizBasePath = "/quiz/session" | "/review";

/** A session as created (from the setup page) or as stored (`GET`, with its results). */
type LoadedSession = QuizSession & Partial<Pick<StoredSession, "results">>;

function indexResults(list: readonly AnswerResult[] | undefined): Record<string, AnswerResult> {
  return Object.fromEntries((list ?? []).map((result) => [result.questionId, result]));
}

/** A right answer in a review waits for the learner's grade before "Next". */
export function needsGrade(result: AnswerResult | undefined): boolean {
  return result !== undefined && result.grades !== undefined && result.correct && !result.grade;
}

/**
 * One quiz or review session's state and actions: loads it (from the setup page's stash,
 * or the server, resuming at the first open step), sends answers, grades and overrides,
 * moves through the steps, announces each outcome and moves focus. The views only render.
 */
export function useQuizSession(sessionId: string, basePath: QuizBasePath) {
  const t = useTranslations("QuizFlow");
  const locale = useLocale();
  const intervalText = useIntervalText();
  const focus = useFocusRequest();
  const { requestFocus } = focus;
  const [session, setSession] = useState<LoadedSession | null>(null);
  const [results, setResults] = useState<Record<string, AnswerResult>>({});
  const [stepIndex, setStepIndex] = useState(0);
  const [loadError, setLoadError] = useState("");
  const [actionError, setActionError] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const [finished, setFinished] = useState<StoredSession | null>(null);
  // "I was right" asks first, and can be taken back until the next question.
  const [confirming, setConfirming] = useState(false);
  const [undoable, setUndoable] = useState<string | null>(null);
  const [grading, setGrading] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const steps = useMemo(() => buildSteps(session?.questions ?? [], session?.matching ?? []), [session]);
  const sessionPath = `/api/quiz-sessions/${encodeURIComponent(sessionId)}`;

  const loadFinished = useCallback(async () => {
    try {
      setFinished(await apiFetch<StoredSession>(locale, sessionPath));
      // A finished review is not reopened: /review then shows what is due next.
      if (basePath === "/review") rememberActiveSession(basePath, null);
    } catch (failure) {
      setActionError(failureText(failure, t("errorNetwork")));
    }
  }, [basePath, locale, sessionPath, t]);

  useEffect(() => {
    let cancelled = false;
    async function load() {
      try {
        const stored: LoadedSession = takeStashedSession(sessionId) ?? (await apiFetch<StoredSession>(locale, sessionPath));
        if (cancelled) return;
        const known = indexResults(stored.results);
        const loadedSteps = buildSteps(stored.questions, stored.matching);
        const open = firstOpenStep(loadedSteps, known);
        setSession(stored);
        setResults(known);
        rememberActiveSession(basePath, sessionId);
        setStepIndex(open);
        if (open >= loadedSteps.length) await loadFinished();
        // Screen readers start on the question, not at the top of the page.
        else requestFocus("question");
      } catch (failure) {
        if (!cancelled) setLoadError(failureText(failure, t("errorNetwork")));
      }
    }
    void load();
    return () => {
      cancelled = true;
    };
  }, [basePath, locale, sessionId, sessionPath, t, loadFinished, requestFocus]);

  /** Sends one call about a question; its result replaces the question's. Null on failure (shown in the alert). */
  async function send(questionId: string, path: string, method: string, body: unknown): Promise<AnswerResult | null> {
    setActionError("");
    try {
      const result = await apiFetch<AnswerResult>(locale, `${sessionPath}${path}`, { method, body });
      setResults((previous) => ({ ...previous, [questionId]: result }));
      forgetCachedReads();
      return result;
    } catch (failure) {
      setActionError(failureText(failure, t("errorNetwork")));
      return null;
    }
  }

  const answerPath = (questionId: string, action: string) => `/answers/${encodeURIComponent(questionId)}/${action}`;

  async function answerSingle(questionId: string, answer: string) {
    const result = await send(questionId, "/answers", "POST", { questionId, answer });
    if (!result) return;
    setAnnouncement(t(result.correct ? "announceCorrect" : "announceIncorrect", { answer: result.answer }));
    requestFocus(needsGrade(result) ? "grade" : "next");
  }

  async function answerPair(questionId: string, prompt: string, answer: string, remaining: number) {
    const result = await send(questionId, "/answers", "POST", { questionId, answer });
    if (!result) return;
    setAnnouncement(
      result.correct ? t("announcePairCorrect", { prompt, answer, remaining }) : t("announcePairIncorrect", { prompt, answer: result.answer, remaining }),
    );
    if (remaining === 0) requestFocus("next");
  }

  async function grade(questionId: string, value: ReviewGrade) {
    setGrading(true);
    const result = await send(questionId, answerPath(questionId, "grade"), "POST", { grade: value });
    setGrading(false);
    if (!result) return;
    if (result.grades) setAnnouncement(t("announceGraded", { grade: t(`grade.${value}`), interval: intervalText(result.answeredAt, result.grades[value]) }));
    requestFocus("next");
  }

  async function override(questionId: string, undo = false) {
    const result = await send(questionId, answerPath(questionId, "override"), undo ? "DELETE" : "POST", {});
    if (!result) return;
    setConfirming(false);
    setUndoable(undo ? null : questionId);
    setAnnouncement(undo ? t("announceUndone") : t("announceOverridden"));
    requestFocus(needsGrade(result) ? "grade" : "next");
  }

  function askOverride() {
    setConfirming(true);
    // The question and its two buttons appear in the next render.
    setTimeout(() => confirmRef.current?.focus(), 0);
  }

  function cancelOverride() {
    setConfirming(false);
    requestFocus("next");
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

  const step = steps[stepIndex];
  const done = step !== undefined && stepDone(step, results) && !(step.type === "single" && needsGrade(results[step.question.id]));
  return {
    session,
    step,
    results,
    total: session?.questions.length ?? 0,
    isLast: stepIndex + 1 >= steps.length,
    done,
    finished,
    loadError,
    actionError,
    announcement,
    confirming,
    undoable,
    grading,
    nextRef: focus.nextRef,
    gradeRef: focus.gradeRef,
    headingRef: focus.headingRef,
    confirmRef,
    actions: { answerSingle, answerPair, grade, override, askOverride, cancelOverride, next },
    intervalText,
  };
}

export type QuizSessionState = ReturnType<typeof useQuizSession>;
