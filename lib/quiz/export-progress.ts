import type { ProgressReport } from "@/lib/progress/progress-report";
import type { AnswerRecord } from "@/lib/progress/quiz-reads";

// Progress exports: every answer as CSV (one header row), or the whole report plus
// the answers as JSON. Pure, so the formats are tested without a server.

/** A stored answer, with the session it was given in. */
export type ExportAnswer = AnswerRecord & { sessionId: string };

export const CSV_COLUMNS = ["answered_at", "session_id", "question_id", "section_id", "kind", "given", "correct", "overridden"] as const;

export function answersToCsv(answers: readonly ExportAnswer[]): string {
  const rows = answers.map((answer) =>
    [
      answer.answeredAt.toISOString(),
      answer.sessionId,
      answer.questionId,
      answer.sectionId,
      answer.kind,
      answer.given,
      String(answer.correct),
      String(answer.overridden),
    ].map(csvField),
  );
  return [[...CSV_COLUMNS], ...rows].map((row) => row.join(",")).join("\r\n") + "\r\n";
}

/**
 * RFC 4180 quoting, and a leading apostrophe for text a spreadsheet would run as a
 * formula (=, +, -, @, tab, carriage return): a learner's typed answer is untrusted.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function progressToJson(report: ProgressReport, answers: readonly ExportAnswer[]) {
  return {
    report,
    answers: answers.map((answer) => ({ ...answer, answeredAt: answer.answeredAt.toISOString() })),
  };
}

/** The download's file name: `visit-progress-YYYY-MM-DD.csv`. */
export function exportFileName(now: Date, format: "json" | "csv"): string {
  return `visit-progress-${now.toISOString().slice(0, 10)}.${format}`;
}
