import type { AnswerResult, CreatedSessionBody, PresentedQuestion, ReviewsBody, SessionBody } from "@/lib/quiz/api-types";
import type { QuestionKind } from "@/lib/questions/types";

// The quiz pages' view of the JSON API (the body types are the API's own; type-only
// imports, so nothing server-side is bundled) and the tab's session storage: a created
// session handed to the quiz page, and the session open per page. Calls go through
// lib/client/api-fetch.ts.

export type { AnswerResult, PresentedQuestion as SessionQuestion, ReviewsBody as ReviewsForecast, SessionBody as StoredSession };
export type QuizMode = CreatedSessionBody["mode"];
export type QuizPurpose = CreatedSessionBody["purpose"];
/** A session that was created (a review with nothing due has no id). */
export type QuizSession = CreatedSessionBody & { id: string };

export type NewSessionRequest = {
  sections?: string[];
  kinds?: QuestionKind[];
  count?: number;
  mode?: QuizMode;
  purpose?: QuizPurpose;
  questionIds?: string[];
};

/** Where a freshly created session waits for the quiz page, saving it one request. */
export function stashSession(session: QuizSession): void {
  try {
    sessionStorage.setItem(`quiz-session:${session.id}`, JSON.stringify(session));
  } catch {
    // Storage full or disabled: the quiz page fetches the session instead.
  }
}

export function takeStashedSession(id: string): QuizSession | null {
  try {
    const raw = sessionStorage.getItem(`quiz-session:${id}`);
    if (!raw) return null;
    sessionStorage.removeItem(`quiz-session:${id}`);
    return JSON.parse(raw) as QuizSession;
  } catch {
    return null;
  }
}

/**
 * The session open in this tab, per page: a link without `?id=` (the locale switcher
 * keeps only the path) brings the learner back to it instead of an empty page.
 */
export function rememberActiveSession(basePath: string, id: string | null): void {
  try {
    if (id) sessionStorage.setItem(`quiz-active:${basePath}`, id);
    else sessionStorage.removeItem(`quiz-active:${basePath}`);
  } catch {
    // Storage disabled: the page just shows its empty state.
  }
}

export function activeSession(basePath: string): string | null {
  try {
    return sessionStorage.getItem(`quiz-active:${basePath}`);
  } catch {
    return null;
  }
}
