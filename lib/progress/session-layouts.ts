import { getQuestion } from "@/lib/questions/question-banks";
import type { Question } from "@/lib/questions/types";
import type { SessionLayout } from "@/lib/quiz/session-layout";
import { storedSessionLayout, type StoredSession } from "@/lib/quiz/session-view";

// Each session's layout, kept in each server process. Answering a question needs the
// session's questions laid out as they were served. Made from the stored snapshot (JSON
// of every question, 46 KB for 50) on every answer, reading, parsing and laying it out
// was a quarter of the answer route's CPU (cpu profile). A stored session's id, mode and
// questions never change, so its layout is kept once made: every answer still reads the
// session's row (whose it is, whether it still exists), only not its questions.
// Bounded by count, least recently used first out. A kept question that is the same as the
// build's bank's is the bank's own object, so an entry holds little more than ids and
// choice orders (a few KB). Plain module (no "server-only") so that it can be tested.

export const MAX_SESSIONS = 1_000;
const layouts = new Map<string, SessionLayout>();

/** The layout kept for a session, if any (and marks it recently used). */
export function keptLayout(sessionId: string): SessionLayout | undefined {
  const layout = layouts.get(sessionId);
  if (layout) {
    layouts.delete(sessionId);
    layouts.set(sessionId, layout);
  }
  return layout;
}

/** Lays a session out from its stored questions and keeps the layout. */
export function keepLayout(session: Pick<StoredSession, "id" | "mode" | "questionIds">, questionOf: (id: string) => Question | undefined): SessionLayout {
  const layout = storedSessionLayout(session, (id) => sharedWithBank(questionOf(id)));
  layouts.set(session.id, layout);
  if (layouts.size > MAX_SESSIONS) layouts.delete(layouts.keys().next().value!);
  return layout;
}

/** The bank's own object when the stored question is the same one, else the stored one. */
function sharedWithBank(question: Question | undefined): Question | undefined {
  const bank = question && getQuestion(question.id);
  return bank && bank !== question && JSON.stringify(bank) === JSON.stringify(question) ? bank : question;
}
