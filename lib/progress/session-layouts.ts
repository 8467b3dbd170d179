import { getQuestion } from "@/lib/questions/question-banks";
import type { Question } from "@/lib/questions/types";
import type { SessionLayout } from "@/lib/quiz/session-layout";
import type { SessionPurpose } from "@/lib/quiz/session-purpose";
import { storedSessionLayout, type StoredSession } from "@/lib/quiz/session-view";

// Each session's layout (and purpose), kept in each server process. Answering a question needs the
// session's questions laid out as they were served. Made from the stored snapshot (JSON
// of every question, 46 KB for 50) on every answer, reading, parsing and laying it out
// was a quarter of the answer route's CPU (cpu profile). A stored session's id, mode and
// questions never change, so its layout is kept once made: every answer still checks the
// session's row (whose it is, whether it still exists), only not its questions.
// Bounded by count, least recently used first out. A kept question that is the same as the
// build's bank's is the bank's own object, so an entry holds little more than ids and
// choice orders (a few KB). Plain module (no "server-only") so that it can be tested.

export const MAX_SESSIONS = 1_000;

export type KeptSession = { layout: SessionLayout; purpose: SessionPurpose };
const sessions = new Map<string, KeptSession>();

/** What is kept for a session, if anything (and marks it recently used). */
export function keptSession(sessionId: string): KeptSession | undefined {
  const kept = sessions.get(sessionId);
  if (kept) {
    sessions.delete(sessionId);
    sessions.set(sessionId, kept);
  }
  return kept;
}

/** Lays a session out from its stored questions and keeps the layout. */
export function keepSession(
  session: Pick<StoredSession, "id" | "mode" | "questionIds" | "purpose">,
  questionOf: (id: string) => Question | undefined,
): KeptSession {
  const kept = { layout: storedSessionLayout(session, (id) => sharedWithBank(questionOf(id))), purpose: session.purpose };
  sessions.set(session.id, kept);
  if (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
  return kept;
}

/** The bank's own object when the stored question is the same one, else the stored one. */
function sharedWithBank(question: Question | undefined): Question | undefined {
  const bank = question && getQuestion(question.id);
  return bank && bank !== question && JSON.stringify(bank) === JSON.stringify(question) ? bank : question;
}
