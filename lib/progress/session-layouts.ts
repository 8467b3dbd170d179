import { getQuestion } from "@/lib/questions/question-banks";
import type { Question } from "@/lib/questions/types";
import type { SessionLayout } from "@/lib/quiz/session-layout";
import type { SessionPurpose } from "@/lib/quiz/session-purpose";
import { storedSessionLayout, type StoredSession } from "@/lib/quiz/session-view";
import { parseSnapshot } from "./session-snapshot";

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

type KeptSessionSource = Pick<StoredSession, "id" | "mode" | "questionIds" | "purpose">;

/** Lays a session out from its questions (the stored ones, by id) and keeps the layout. */
export function keepSession(session: KeptSessionSource, questionOf: (id: string) => Question | undefined): KeptSession {
  const kept = { layout: storedSessionLayout(session, (id) => sharedWithBank(questionOf(id))), purpose: session.purpose };
  sessions.set(session.id, kept);
  if (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
  return kept;
}

/**
 * Lays a session out from its stored questions as read (the snapshot's JSON text, null for a
 * session older than snapshots) and keeps the layout. When the text is exactly what the
 * bank's questions of the session give (the bank has not changed since it was made, the usual
 * case), the layout is made from the bank's own objects without parsing the text or comparing
 * each question: on a worker that did not make the session (another process or server) its
 * first answer there cost about three times a later one, and bench:load sends such answers in
 * bursts.
 */
export function keepStoredSession(session: KeptSessionSource, storedQuestions: string | null): KeptSession {
  if (storedQuestions !== null && storedQuestions === bankSnapshot(session.questionIds)) return keepSession(session, getQuestion);
  const snapshot = parseSnapshot(storedQuestions);
  return keepSession(session, snapshot ? (id) => snapshot.get(id) : getQuestion);
}

// Each bank question's JSON, made once: a process's bank never changes.
const bankJson = new WeakMap<Question, string>();
function jsonOf(question: Question): string {
  let json = bankJson.get(question);
  if (json === undefined) bankJson.set(question, (json = JSON.stringify(question)));
  return json;
}

/** The snapshot a session of these questions gets when made from the bank now (snapshotOf), or null if one has left it. */
function bankSnapshot(questionIds: readonly string[]): string | null {
  const parts: string[] = [];
  for (const id of questionIds) {
    const question = getQuestion(id);
    if (!question) return null;
    parts.push(jsonOf(question));
  }
  return `[${parts.join(",")}]`;
}

/** The bank's own object when the stored question is the same one, else the stored one. */
function sharedWithBank(question: Question | undefined): Question | undefined {
  const bank = question && getQuestion(question.id);
  return bank && bank !== question && jsonOf(bank) === JSON.stringify(question) ? bank : question;
}
