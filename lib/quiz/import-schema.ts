import { z } from "zod";
import { QUESTION_KINDS } from "@/lib/questions/types";
import { SESSION_PURPOSES } from "./session-purpose";

// The JSON export read back: `{ report, answers }` as `GET /api/progress/export` writes
// it. Only what an import uses is checked (and required); the rest of the report is
// ignored. Limits keep one request from being unbounded.

export const MAX_IMPORT_ANSWERS = 10_000;
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

const id = z.string().min(1).max(200);
const instant = z.iso.datetime({ offset: true });

export const importSchema = z.object({
  report: z.object({
    sections: z.array(z.object({ sectionId: id, studied: z.boolean(), studiedAt: instant.nullable() })).max(2_000),
    sessions: z
      .array(z.object({ id, purpose: z.enum(SESSION_PURPOSES) }))
      .max(1_000)
      .optional(),
  }),
  answers: z
    .array(
      z.object({
        sessionId: id,
        questionId: id,
        sectionId: id,
        kind: z.enum(QUESTION_KINDS),
        given: z.string().max(500),
        correct: z.boolean(),
        overridden: z.boolean(),
        answeredAt: instant,
      }),
    )
    .max(MAX_IMPORT_ANSWERS),
});
export type ImportInput = z.infer<typeof importSchema>;

export type ImportedAnswer = ImportInput["answers"][number];

/** The imported answers by session, each oldest first; sessions in order of their first answer. */
export function groupBySession(answers: readonly ImportedAnswer[]): Map<string, ImportedAnswer[]> {
  const sorted = [...answers].sort((a, b) => Date.parse(a.answeredAt) - Date.parse(b.answeredAt));
  const groups = new Map<string, ImportedAnswer[]>();
  for (const answer of sorted) groups.set(answer.sessionId, [...(groups.get(answer.sessionId) ?? []), answer]);
  return groups;
}
