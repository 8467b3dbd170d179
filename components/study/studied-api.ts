// The browser side of /api/studied. The UI locale goes in Accept-Language so error
// messages come back in the page's language.
export type StudiedSection = { sectionId: string; studiedAt: string };

export async function fetchStudiedSections(locale: string): Promise<StudiedSection[]> {
  const response = await fetch("/api/studied", { headers: { "Accept-Language": locale }, cache: "no-store" });
  if (!response.ok) throw new Error(`GET /api/studied answered ${response.status}`);
  const body = (await response.json()) as { sections: StudiedSection[] };
  return body.sections;
}

/** Marks (PUT) or unmarks (DELETE) a section; resolves with its new studied time, or null. */
export async function saveStudied(locale: string, sectionId: string, studied: boolean): Promise<string | null> {
  const response = await fetch(`/api/studied/${encodeURIComponent(sectionId)}`, {
    method: studied ? "PUT" : "DELETE",
    headers: { "Accept-Language": locale },
  });
  if (!response.ok) throw new Error(`${studied ? "PUT" : "DELETE"} /api/studied answered ${response.status}`);
  const body = (await response.json()) as { studiedAt: string | null };
  return body.studiedAt;
}
