import type { QuestionKind } from "@/lib/questions/types";

/**
 * Kinds whose answers are short enough to type: a name, a date, a place, a number. The
 * rest (agreements, labels) stay multiple choice in typed and mixed sessions, and the
 * quiz says so. Its own file, so the client can read it without the layout's imports.
 */
const TYPEABLE: ReadonlySet<QuestionKind> = new Set(["participant", "date", "place", "number", "role", "quote"]);

export function isTypeable(kind: QuestionKind): boolean {
  return TYPEABLE.has(kind);
}
