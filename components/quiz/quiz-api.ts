import type { AnswerResult, CreatedSessionBody, PresentedQuestion, ReviewsBody, SessionBody } from "@/lib/quiz/api-types";
import type { QuestionKind } from "@/lib/questions/types";

// The quiz pages' client side of the JSON API. Every call names the UI language in
// Accept-Language, so prompts and error messages come back in the language on screen.
// The body types are the API's own (type-only imports: nothing server-side is bundled).

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

/** A failure the API explained: its message is already in the UI language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function apiFetch<T>(locale: string, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { "Accept-Language": locale, Accept: "application/json" };
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    cache: "no-store",
  });
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const error = (data as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(response.status, error?.code ?? "unknown", error?.message ?? response.statusText);
  }
  return data as T;
}

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

/** `/study/<set>/<slug>` for a section id `<set>:<slug>`. */
export function sectionHref(sectionId: string): string {
  const [set = "", slug = ""] = sectionId.split(":");
  return `/study/${set}/${slug}`;
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
