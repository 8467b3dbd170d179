import type { Section } from "@/lib/content/types";

/** Where a section is read, under the current locale. */
export function studyHref(setSlug: string, section: Pick<Section, "slug">): string {
  return `/study/${setSlug}/${section.slug}`;
}
