import type { AnswerRecord } from "@/lib/progress/quiz-reads";
// Progress exports: every answer as CSV (one header row), or the whole report plus
// the answers as JSON. Pure, so the formats are tested without a server.

// An exported answer is a stored answer plus its session: one shape, kept in quiz-reads.
export type ExportAnswer = { sessionId: string } & AnswerRecord;

export const CSV_COLUMNS = ["answered_at", "session_id", "question_id", "section_id", "kind", "given", "correct", "overridden"] as const;

/** The CSV's header row, with its line ending. */
export function csvHeader(): string {
  return CSV_COLUMNS.join(",") + "\r\n";
}

/** Answers as CSV rows, each with its line ending: a page of a streamed export. */
export function csvRows(answers: readonly ExportAnswer[]): string {
  return answers.map((answer) => csvRow(answer).map(csvField).join(",") + "\r\n").join("");
}

function csvRow(answer: ExportAnswer): string[] {
  return [
    answer.answeredAt.toISOString(),
    answer.sessionId,
    answer.questionId,
    answer.sectionId,
    answer.kind,
    answer.given,
    String(answer.correct),
    String(answer.overridden),
  ];
}

export function answersToCsv(answers: readonly ExportAnswer[]): string {
  return csvHeader() + csvRows(answers);
}

// What a spreadsheet skips before deciding a cell is a formula: whitespace (including
// NBSP and the ideographic space), zero-width characters and a byte-order mark.
const FORMULA = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]*[=+\-@]|^[\t\r]/;

/**
 * RFC 4180 quoting, and a leading apostrophe for text a spreadsheet would run as a
 * formula (=, +, -, @, tab, carriage return, also behind spaces or invisible
 * characters: " =1+1"): a learner's typed answer is untrusted.
 */
export function csvField(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The download's file name: `visit-progress-YYYY-MM-DD.csv`. */
export function exportFileName(now: Date, format: "json" | "csv"): string {
  return `visit-progress-${now.toISOString().slice(0, 10)}.${format}`;
}
