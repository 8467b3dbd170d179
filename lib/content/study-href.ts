// Where a section is read, under the current locale (links go through i18n/navigation).

/** `/study/<set>/<section>`. */
export function studyHref(setSlug: string, sectionSlug: string): string {
  return `/study/${setSlug}/${sectionSlug}`;
}

/** The same for a section id `<set>:<section>`, as the API and the quiz name sections. */
export function sectionHref(sectionId: string): string {
  const [setSlug = "", sectionSlug = ""] = sectionId.split(":");
  return studyHref(setSlug, sectionSlug);
}
