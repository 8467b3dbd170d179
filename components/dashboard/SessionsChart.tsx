"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/format/calendar-date";
import { textLink } from "@/components/ui/styles";
import { Link } from "@/i18n/navigation";
import type { SessionSummary } from "@/lib/progress/progress-report";
import { sessionHistory } from "@/lib/quiz/session-history";
import { TableHead } from "@/components/ui/TableHead";

const SLOT = 64;
const HEIGHT = 220;
const TOP = 28;
const BOTTOM = 30;
const LEFT = 8;

/**
 * The last sessions with an answer as bars of their score (right ÷ answered), oldest on
 * the left; a session opened and left without an answer is no bar. Each bar carries its
 * value in text, and every session follows in a table with its kind and state, an
 * unfinished one with a link to resume it, so nothing rests on colour or on the chart.
 */
export function SessionsChart({ sessions, timeZone }: { sessions: SessionSummary[]; timeZone: string | undefined }) {
  const t = useTranslations("Dashboard");
  const format = useFormatter();
  const locale = useLocale();
  const { rows, scored: ordered } = sessionHistory(sessions);
  // One slot per session (at least four), so a few sessions do not leave a wide empty chart.
  const slot = SLOT;
  const WIDTH = LEFT * 2 + slot * Math.max(ordered.length, 4);
  const barWidth = slot * 0.6;
  const plotHeight = HEIGHT - TOP - BOTTOM;

  return (
    <figure aria-labelledby="sessions-chart-caption" data-testid="sessions-chart">
      <figcaption id="sessions-chart-caption" className="mb-3 text-slate-800">
        {ordered.length > 0 ? t("chartCaption", { count: ordered.length }) : t("chartEmpty")}
      </figcaption>
      {ordered.length > 0 ? (
        <>
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" style={{ maxWidth: WIDTH }} aria-hidden="true" focusable="false">
            <line x1={LEFT} x2={WIDTH - LEFT} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} stroke="#475569" strokeWidth={1} />
            <line x1={LEFT} x2={WIDTH - LEFT} y1={TOP} y2={TOP} stroke="#cbd5e1" strokeDasharray="4 4" strokeWidth={1} />
            {ordered.map((session, index) => {
              const ratio = session.score ?? 0;
              const height = Math.max(2, ratio * plotHeight);
              const x = LEFT + slot * index + (slot - barWidth) / 2;
              const y = HEIGHT - BOTTOM - height;
              return (
                <g key={session.id}>
                  <rect
                    x={x}
                    y={y}
                    width={barWidth}
                    height={height}
                    rx={3}
                    fill={session.purpose === "review" ? "url(#review-hatch)" : "#1d4ed8"}
                    stroke="#1e3a8a"
                    strokeWidth={1}
                  />
                  <text x={x + barWidth / 2} y={y - 6} textAnchor="middle" fontSize="13" fontWeight="600" fill="#0f172a">
                    {format.number(ratio, { style: "percent" })}
                  </text>
                  <text x={x + barWidth / 2} y={HEIGHT - BOTTOM + 18} textAnchor="middle" fontSize="12" fill="#334155">
                    {rows.indexOf(session) + 1}
                  </text>
                </g>
              );
            })}
            <defs>
              <pattern id="review-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="8" height="8" fill="#dbeafe" />
                <line x1="0" y1="0" x2="0" y2="8" stroke="#1d4ed8" strokeWidth="4" />
              </pattern>
            </defs>
          </svg>
          <p className="mt-1 flex flex-wrap gap-4 text-sm text-slate-700" aria-hidden="true">
            <span className="flex items-center gap-1">
              <span className="inline-block h-3 w-4 rounded-sm border border-blue-900 bg-blue-700" /> {t("legendQuiz")}
            </span>
            <span className="flex items-center gap-1">
              <svg viewBox="0 0 16 12" className="h-3 w-4" aria-hidden="true">
                <rect width="16" height="12" fill="url(#review-hatch)" stroke="#1e3a8a" />
              </svg>
              {t("legendReview")}
            </span>
          </p>
        </>
      ) : null}
      <table className="mt-4 w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("sessionsTableCaption")}</caption>
        <TableHead columns={["#", t("sessionDate"), t("sessionType"), t("sessionScore")]} />
        <tbody>
          {rows.map((session, index) => (
            <tr key={session.id} className="border-b border-slate-200" data-testid="session-row" data-status={session.status}>
              <td className="p-2">{index + 1}</td>
              <td className="p-2">
                <time dateTime={session.createdAt}>{formatDateTime(new Date(session.createdAt), locale, timeZone)}</time>
              </td>
              <td className="p-2 whitespace-nowrap">{t("sessionKind", { kind: session.kind })}</td>
              <td className="p-2">
                {session.status === "finished" ? (
                  t("sessionScoreValue", { correct: session.correct, total: session.total, answered: session.answered })
                ) : (
                  <span className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                    <span>{t("sessionUnfinished", { correct: session.correct, answered: session.answered, total: session.total })}</span>
                    <Link
                      href={`${session.purpose === "review" ? "/review" : "/quiz/session"}?id=${encodeURIComponent(session.id)}`}
                      className={`${textLink} whitespace-nowrap`}
                    >
                      {t.rich("sessionResume", { number: index + 1, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
                    </Link>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
