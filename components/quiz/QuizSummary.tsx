"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Link, useRouter } from "@/i18n/navigation";
import { QUESTION_KINDS } from "@/lib/questions/types";
import { ApiError, apiFetch, stashSession, type AnswerResult, type QuizSession, type StoredSession } from "./quiz-api";
import { summarize, type Tally } from "./quiz-summary";
import type { SectionNames } from "./QuizRunner";
import { ResultIcon } from "./ResultIcon";
import { buttonPrimary, buttonSecondary, textLink } from "./styles";
import { MixedText } from "./text-lang";

export type FinishedSession = {
  session: StoredSession;
  results: Record<string, AnswerResult>;
};

type Props = { finished: FinishedSession; sections: SectionNames; basePath: "/quiz/session" | "/review" };

function TallyBar({ tally, label }: { tally: Tally; label: string }) {
  const percent = tally.total === 0 ? 0 : Math.round((tally.correct / tally.total) * 100);
  return (
    <span className="flex items-center gap-2">
      <span className="h-2.5 w-24 overflow-hidden rounded-full border border-slate-500 bg-slate-100" aria-hidden="true">
        <span className="block h-full bg-blue-700" style={{ width: `${percent}%` }} />
      </span>
      <span className="whitespace-nowrap">{label}</span>
    </span>
  );
}

/** The end of a session: score, results per kind and per section, time, and a retry of the misses. */
export function QuizSummary({ finished, sections, basePath }: Props) {
  const t = useTranslations("QuizSummary");
  const locale = useLocale();
  const tKind = useTranslations("QuizSetup.kind");
  const router = useRouter();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const { session, results } = finished;
  const summary = session.summary ?? null;
  const figures = summarize(session.questions, results, {
    createdAt: session.createdAt,
    finishedAt: session.finishedAt,
    durationMs: summary?.durationMs ?? null,
  });
  // Sections in document order, kinds in the bank's order, whatever order they were asked in.
  const sectionOrder = Object.keys(sections);
  figures.bySection.sort(([a], [b]) => sectionOrder.indexOf(a) - sectionOrder.indexOf(b));
  figures.byKind.sort(([a], [b]) => QUESTION_KINDS.indexOf(a) - QUESTION_KINDS.indexOf(b));
  const totalSeconds = figures.durationMs === null ? null : Math.round(figures.durationMs / 1000);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function tallyText(tally: Tally) {
    return t("tally", { correct: tally.correct, total: tally.total, percent: tally.total === 0 ? 0 : tally.correct / tally.total });
  }

  async function retry() {
    setBusy(true);
    setError("");
    try {
      const next = await apiFetch<QuizSession>(locale, "/api/quiz-sessions", {
        method: "POST",
        body: { questionIds: figures.missed.map((q) => q.id), mode: session.mode, purpose: "retry" },
      });
      stashSession(next);
      router.push(`${basePath}?id=${encodeURIComponent(next.id)}`);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : t("errorNetwork"));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="quiz-summary-heading" className="space-y-6" data-testid="quiz-summary">
      <div className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-6">
        <h2 id="quiz-summary-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
          {session.purpose === "review" ? t("reviewHeading") : t("heading")}
        </h2>
        <p className="mt-3 text-4xl font-bold text-slate-950" data-testid="quiz-score">
          {t("score", { correct: figures.score.correct, total: figures.score.total })}
        </p>
        <p className="mt-1 text-lg text-slate-800">
          {t("scorePercent", { percent: figures.score.total === 0 ? 0 : figures.score.correct / figures.score.total })}
        </p>
        {totalSeconds !== null ? (
          <p className="mt-1 text-slate-800">{t("timeTaken", { minutes: Math.floor(totalSeconds / 60), seconds: totalSeconds % 60 })}</p>
        ) : null}
        {/* The main actions first: no scrolling past the tables to retry or go on. */}
        <p role="alert" className="mt-4 empty:hidden rounded-md border-2 border-red-700 bg-red-50 p-3 font-medium text-red-900">
          {error}
        </p>

        <div className="mt-4 flex flex-wrap gap-3" data-testid="summary-actions">
          {figures.missed.length > 0 ? (
            <button type="button" className={buttonPrimary} onClick={() => void retry()} disabled={busy}>
              {t("retryMissed", { count: figures.missed.length })}
            </button>
          ) : null}
          <Link href="/quiz" className={buttonSecondary}>
            {t("newQuiz")}
          </Link>
          <Link href="/dashboard" className={`${textLink} self-center`}>
            {t("toDashboard")}
          </Link>
        </div>
      </div>

      <div className="space-y-6">
        <table className="w-full border-collapse rounded-lg bg-white text-left shadow-sm">
          <caption className="mb-2 text-left text-lg font-semibold">{t("byKindCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">{t("kindColumn")}</th>
              <th scope="col" className="p-2">{t("resultColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {figures.byKind.map(([kind, tally]) => (
              <tr key={kind} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-medium">{tKind(kind)}</th>
                <td className="p-2"><TallyBar tally={tally} label={tallyText(tally)} /></td>
              </tr>
            ))}
          </tbody>
        </table>

        <table className="w-full border-collapse rounded-lg bg-white text-left shadow-sm">
          <caption className="mb-2 text-left text-lg font-semibold">{t("bySectionCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">{t("sectionColumn")}</th>
              <th scope="col" className="p-2">{t("resultColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {figures.bySection.map(([sectionId, tally]) => {
              const section = sections[sectionId];
              return (
                <tr key={sectionId} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-medium">
                    <span lang={section?.nameLang}>{section?.name ?? sectionId}</span>
                    {section?.labelZh ? <span lang="zh" className="block text-sm font-normal text-slate-700">{section.labelZh}</span> : null}
                  </th>
                  <td className="p-2"><TallyBar tally={tally} label={tallyText(tally)} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {figures.missed.length > 0 ? (
        <div className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-6">
          <h3 className="text-lg font-semibold">{t("missedHeading", { count: figures.missed.length })}</h3>
          <ul className="mt-2 space-y-2">
            {figures.missed.map((question) => {
              const result = results[question.id];
              return (
                <li key={question.id} className="flex items-start gap-2">
                  <ResultIcon correct={false} className="mt-1 h-4 w-4 shrink-0 text-red-800" />
                  <span>
                    <MixedText text={question.prompt} />
                    {result ? (
                      <span className="block text-sm text-slate-800">
                        {t.rich("missedAnswer", { answer: () => <strong><MixedText text={result.answer} /></strong> })}
                      </span>
                    ) : null}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ) : (
        <p className="flex items-center gap-2 text-lg font-semibold text-green-900">
          <ResultIcon correct className="h-6 w-6" />
          {t("allRight")}
        </p>
      )}

    </section>
  );
}
