"use client";

import { useLocale } from "next-intl";
import useSWR from "swr";
import { apiFetch } from "./api-fetch";

/**
 * A GET of the app's API through SWR, keyed by path and UI language: loading, errors,
 * revalidation on focus and `mutate()` after a write come from the library. `null`
 * skips the request. Pages are prerendered without the learner, so these reads start
 * in the browser.
 */
export function useApi<T>(path: string | null) {
  const locale = useLocale();
  return useSWR<T>(path === null ? null : [path, locale], ([url, language]: [string, typeof locale]) => apiFetch<T>(language, url));
}
