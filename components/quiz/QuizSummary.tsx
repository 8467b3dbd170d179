"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { buttonPrimary, buttonSecondary, textLink } from "@/components/ui/styles";
import { Link, useRouter } from "@/i18n/navigation";
import { apiFetch } from "@/lib/client/api-fetch";
import { useAction } from "@/lib/client/use-action";
import type { SectionNames } from "@/lib/content/section-names";
import { QUESTION_KINDS } from "@/lib/questions/types";
import type { SessionResultSummary, Tally } from "@/lib/quiz/summarize-session";
import { stashSession, type QuizSession, type StoredSession } from "./quiz-api";
import { ResultIcon } from "./ResultIcon";
import { TallyTable } from "./TallyTable";
import { MixedText } from "./text-lang";

type Props = { session: StoredSession; summary: SessionResultSummary; sections: SectionNames; basePath: "/quiz/session" | "/review" };

/**
 * The end of a session, as the server summed it up: score, results per kind and per
 * section, time, and a retry of the misses.
 */
export function QuizSummary({ session, summary, sections, basePath }: Props) {
  const t = useTranslations("QuizSummary");
  const tKind = useTranslations("QuizSetup.kind");
  const locale = useLocale();
  const router = useRouter();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { busy, error, run } = useAction(t("errorNetwork"));
  // Sections in document order, kinds in the bank's order, whatever order they were asked in.
  const sectionOrder = Object.keys(sections);
  const bySection = [...summary.sections].sort((a, b) => sectionOrder.indexOf(a.sectionId) - sectionOrder.indexOf(b.sectionId));
  const byKind = [...summary.kinds].sort((a, b) => QUESTION_KINDS.indexOf(a.kind) - QUESTION_KINDS.indexOf(b.kind));
  const missed = summary.missedQuestionIds.flatMap((id) => session.questions.filter((question) => question.id === id));
  const totalSeconds = Math.round(summary.durationMs / 1000);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function tallyText(tally: Tally) {
    return t("tally", { correct: tally.correct, total: tally.total, percent: tally.total === 0 ? 0 : tally.correct / tally.total });
  }

  const retry = () =>
    run(async () => {
      const next = await apiFetch<QuizSession>(locale, "/api/quiz-sessions", {
        method: "POST",
        body: { questionIds: summary.missedQuestionIds, mode: session.mode, purpose: "retry" },
      });
      stashSession(next);
      router.push(`${basePath}?id=${encodeURIComponent(next.id)}`);
    });

  return (
    <section aria-labelledby="quiz-summary-heading" className="space-y-6" data-testid="quiz-summary">
      <div className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-6">
        <h2 id="quiz-summary-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
          {session.purpose === "review" ? t("reviewHeading") : t("heading")}
        </h2>
        <p className="mt-3 text-4xl font-bold text-slate-950" data-testid="quiz-score">
          {t("score", { correct: summary.correct, total: summary.total })}
        </p>
        <p className="mt-1 text-lg text-slate-800">{t("scorePercent", { percent: summary.score })}</p>
        <p className="mt-1 text-slate-800">{t("timeTaken", { minutes: Math.floor(totalSeconds / 60), seconds: totalSeconds % 60 })}</p>
        {/* The main actions first: no scrolling past the tables to retry or go on. */}
        <ErrorAlert className="mt-4 p-3">{error}</ErrorAlert>

        <div className="mt-4 flex flex-wrap gap-3" data-testid="summary-actions">
          {missed.length > 0 ? (
            <button type="button" className={buttonPrimary} onClick={() => void retry()} disabled={busy}>
              {t("retryMissed", { count: missed.length })}
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
        <TallyTable
          caption={t("byKindCaption")}
          column={t("kindColumn")}
          resultColumn={t("resultColumn")}
          tallyText={tallyText}
          rows={byKind.map((tally) => ({ key: tally.kind, heading: tKind(tally.kind), tally }))}
        />
        <TallyTable
          caption={t("bySectionCaption")}
          column={t("sectionColumn")}
          resultColumn={t("resultColumn")}
          tallyText={tallyText}
          rows={bySection.map((tally) => {
            const section = sections[tally.sectionId];
            const heading = (
              <>
                <span lang={section?.nameLang}>{section?.name ?? tally.sectionId}</span>
                {section?.labelZh ? (
                  <span lang="zh" className="block text-sm font-normal text-slate-700">
                    {section.labelZh}
                  </span>
                ) : null}
              </>
            );
            return { key: tally.sectionId, heading, tally };
          })}
        />
      </div>

      {missed.length > 0 ? (
        <div className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-6">
          <h3 className="text-lg font-semibold">{t("missedHeading", { count: missed.length })}</h3>
          <ul className="mt-2 space-y-2">
            {missed.map((question) => {
              const result = session.results.find((answer) => answer.questionId === question.id);
              return (
                <li key={question.id} className="flex items-start gap-2">
                  <ResultIcon correct={false} className="mt-1 h-4 w-4 shrink-0 text-red-800" />
                  <span>
                    <MixedText text={question.prompt} />
                    {result ? (
                      <span className="block text-sm text-slate-800">
                        {t.rich("missedAnswer", {
                          answer: () => (
                            <strong>
                              <MixedText text={result.answer} />
                            </strong>
                          ),
                        })}
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
