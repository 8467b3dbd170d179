import type { Locale } from "@/i18n/routing";
import { apiFetch } from "@/lib/client/api-fetch";

// The browser side of /api/studied: the list is read through useApi (SWR) in
// StudiedProvider; this marks or unmarks one section.

/** Marks (PUT) or unmarks (DELETE) a section; resolves with its new studied time, or null. */
export async function saveStudied(locale: Locale, sectionId: string, studied: boolean): Promise<string | null> {
  const body = await apiFetch<{ studiedAt: string | null }>(locale, `/api/studied/${encodeURIComponent(sectionId)}`, { method: studied ? "PUT" : "DELETE" });
  return body.studiedAt;
}
