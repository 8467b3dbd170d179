"use client";

import { useLocale } from "next-intl";
import useSWR, { mutate } from "swr";
import type { Locale } from "@/i18n/routing";
import { apiFetch } from "./api-fetch";

/**
 * A GET of the app's API through SWR, keyed by path and UI language: loading, errors,
 * revalidation on focus and `mutate()` after a write come from the library. Pages are
 * prerendered without the learner, so these reads start in the browser.
 */
export function useApi<T>(path: string) {
  const locale = useLocale();
  return useSWR<T, unknown, [string, Locale]>([path, locale], ([url, language]) => apiFetch<T>(language, url));
}

/**
 * After a write (an answer, a section marked studied), every cached read of the learner
 * is out of date: drop them all, so a page reached by a client-side link loads fresh
 * figures instead of showing the old ones first. `keep` names a path the caller updates itself.
 */
export function forgetCachedReads(keep?: string): void {
  // `revalidate: true` also drops SWR's record of the last request, which would otherwise
  // keep a read mounted within the deduping interval from fetching again (it would wait
  // for a request that has already ended, showing "Loading…" for good).
  void mutate((key) => !(Array.isArray(key) && key[0] === keep), undefined, { revalidate: true });
}
