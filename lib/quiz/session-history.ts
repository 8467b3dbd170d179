import type { SessionSummary } from "@/lib/progress/progress-report";
import type { SessionMode } from "./session-layout";

// The dashboard's list of recent sessions, honestly: a session counts in scores and the
// chart only once it has an answer (opening a quiz and leaving is not a 0 % session);
// an unfinished one says so and can be resumed; each names what kind of session it was.

/** What a session was, in one word: review and retry first, otherwise its answer mode. */
export type SessionKind = "review" | "retry" | SessionMode;
export type SessionStatus = "finished" | "unfinished" | "not-started";

export type HistoryRow = SessionSummary & { kind: SessionKind; status: SessionStatus; score: number | null };

export function sessionKind(session: Pick<SessionSummary, "purpose" | "mode">): SessionKind {
  return session.purpose === "quiz" ? session.mode : session.purpose;
}

export function sessionStatus(session: Pick<SessionSummary, "finishedAt" | "answered" | "total">): SessionStatus {
  if (session.finishedAt !== null || (session.total > 0 && session.answered >= session.total)) return "finished";
  return session.answered === 0 ? "not-started" : "unfinished";
}

/** Oldest first. `score` is right ÷ answered, null before the first answer. */
export function sessionHistory(sessions: readonly SessionSummary[]): { rows: HistoryRow[]; scored: HistoryRow[] } {
  const rows = [...sessions].reverse().map((session) => ({
    ...session,
    kind: sessionKind(session),
    status: sessionStatus(session),
    score: session.answered === 0 ? null : session.correct / session.answered,
  }));
  return { rows, scored: rows.filter((row) => row.score !== null) };
}
