import "server-only";
import { asDate, type Sql } from "@/lib/database";
import type { StudiedSectionRow } from "./studied-reads";

// Both run inside the caller's transaction (with the learner's creation, on a first mark).

/**
 * Marks a section as studied. Idempotent: marking it again keeps the first time,
 * so a repeated PUT (a double click, a retry) changes nothing.
 */
export async function markSectionStudied(tx: Sql, learnerId: string, sectionId: string, now: Date): Promise<StudiedSectionRow> {
  await tx.run(`INSERT INTO "StudiedSection" ("learnerId", "sectionId", "studiedAt") VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, [learnerId, sectionId, now]);
  const row = await tx.get<{ studiedAt: unknown }>(`SELECT "studiedAt" FROM "StudiedSection" WHERE "learnerId" = ? AND "sectionId" = ?`, [
    learnerId,
    sectionId,
  ]);
  return { sectionId, studiedAt: asDate(row!.studiedAt) };
}

/** Undoes `markSectionStudied`. Returns whether there was anything to undo. */
export async function unmarkSectionStudied(tx: Sql, learnerId: string, sectionId: string): Promise<boolean> {
  return (await tx.run(`DELETE FROM "StudiedSection" WHERE "learnerId" = ? AND "sectionId" = ?`, [learnerId, sectionId])) > 0;
}
