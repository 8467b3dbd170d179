import type { Locale } from "@/i18n/routing";

// The browser's one way to call the app's JSON API. Every call names the UI language in
// Accept-Language, so prompts and error messages come back in the language on screen.

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

export async function apiFetch<T>(locale: Locale, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
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

/** What to show for a failed call: the API's own message, or `fallback` (a network failure). */
export function failureText(failure: unknown, fallback: string): string {
  return failure instanceof ApiError ? failure.message : fallback;
}
