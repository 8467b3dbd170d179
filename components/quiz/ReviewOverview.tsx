"use client";

import { apiFetch, failureText } from "@/lib/client/api-fetch";
import { useAction } from "@/lib/client/use-action";
import { useLocale, useTranslations } from "next-intl";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { useApi } from "@/lib/client/use-api";
import { quizLink } from "@/components/ui/quiz-link";
import { useRouter } from "@/i18n/navigation";
import { stashSession, type QuizSession, type ReviewsForecast } from "./quiz-api";
import { buttonPrimary } from "@/components/ui/styles";
import { formatCalendarDate, localTimeZone } from "@/lib/format/calendar-date";
import { NextDueText } from "@/components/ui/NextDueText";
import { CardSection } from "@/components/ui/CardSection";

/**
 * What is due for review: a button that starts a review session of the due questions,
 * or, when nothing is due, when the next ones fall due.
 */
export function ReviewOverview() {
  const t = useTranslations("Review");
  const tDue = useTranslations("DueCounts");
  const locale = useLocale();
  const router = useRouter();
  const { data: forecast, error: loadError } = useApi<ReviewsForecast>("/api/reviews");
  const { busy, error, setError, run } = useAction(t("errorNetwork"));

  const start = () =>
    run(async () => {
      const session = await apiFetch<Omit<QuizSession, "id"> & { id: string | null }>(locale, "/api/quiz-sessions", {
        method: "POST",
        body: { purpose: "review" },
      });
      // Nothing fell due after all (answered elsewhere since this page loaded).
      if (session.id === null) return setError(t("nothingDue"));
      stashSession({ ...session, id: session.id });
      router.push(`/review?id=${encodeURIComponent(session.id)}`);
    });

  if (!forecast) {
    return loadError ? (
      <ErrorAlert className="p-4">{failureText(loadError, t("errorNetwork"))}</ErrorAlert>
    ) : (
      <p className="text-slate-700" aria-busy="true">
        {t("loading")}
      </p>
    );
  }

  const timeZone = localTimeZone();
  const next = forecast.nextDueAt ? new Date(forecast.nextDueAt) : null;

  return (
    <div className="space-y-6" data-testid="review-overview">
      <CardSection
        id="review-due-heading"
        title={forecast.dueNow > 0 ? t("dueNow", { count: forecast.dueNow }) : t("nothingDue")}
        headingClassName="text-xl font-semibold"
      >
        {forecast.dueNow === 0 && next ? (
          <p className="mt-2 text-lg" data-testid="next-due">
            <NextDueText due={next} timeZone={timeZone} render={(parts) => t.rich("nextDue", parts)} />
          </p>
        ) : null}
        {forecast.dueNow === 0 && !next ? <p className="mt-2 text-lg">{t.rich("nothingYet", { link: quizLink })}</p> : null}
        <dl className="mt-4 grid max-w-md grid-cols-[auto_auto] gap-x-6 gap-y-2" data-testid="review-due-counts">
          <dt className="text-slate-700">{tDue("now")}</dt>
          <dd className="font-semibold">{t("questionCount", { count: forecast.dueNow })}</dd>
          <dt className="text-slate-700">{tDue("today")}</dt>
          <dd className="font-semibold">{t("questionCount", { count: forecast.dueToday })}</dd>
          <dt className="text-slate-700">{tDue("week")}</dt>
          <dd className="font-semibold">{t("questionCount", { count: forecast.dueThisWeek })}</dd>
        </dl>
        {forecast.dueNow > 0 ? (
          <button type="button" className={`${buttonPrimary} mt-5`} onClick={() => void start()} disabled={busy}>
            {t("start", { count: forecast.dueNow })}
          </button>
        ) : null}
        <p role="alert" className="mt-3 font-medium text-red-900 empty:hidden">
          {error}
        </p>
      </CardSection>

      {forecast.upcoming && forecast.upcoming.length > 0 ? (
        <CardSection id="review-upcoming-heading" title={t("upcomingHeading")} headingClassName="text-xl font-semibold">
          {/* Due now, then what is still to fall due day by day: together, the 7-day count. */}
          <ul className="mt-3 space-y-1" data-testid="review-upcoming">
            <li className="flex justify-between gap-4 border-b border-slate-200 py-1">
              <span>{tDue("upcomingNow")}</span>
              <span className="font-semibold">{t("questionCount", { count: forecast.dueNow })}</span>
            </li>
            {forecast.upcoming.map((day, index) => {
              const date = formatCalendarDate(day.date, locale);
              return (
                <li key={day.date} className="flex justify-between gap-4 border-b border-slate-200 py-1">
                  {index === 0 ? (
                    <span>{tDue.rich("upcomingLaterToday", { date, time: (chunks) => <time dateTime={day.date}>{chunks}</time> })}</span>
                  ) : (
                    <time dateTime={day.date}>{date}</time>
                  )}
                  <span className="font-semibold">{t("questionCount", { count: day.count })}</span>
                </li>
              );
            })}
          </ul>
        </CardSection>
      ) : null}
    </div>
  );
}
