import "server-only";
import { asDate, database, type Sql } from "@/lib/database";

export type StudiedSectionRow = { sectionId: string; studiedAt: Date };

/** The sections a learner has marked as studied, oldest first. */
export async function getStudiedSections(learnerId: string, sql: Sql = database()): Promise<StudiedSectionRow[]> {
  const rows = await sql.all<{ sectionId: string; studiedAt: unknown }>(
    `SELECT "sectionId", "studiedAt" FROM "StudiedSection" WHERE "learnerId" = ? ORDER BY "studiedAt", "sectionId"`,
    [learnerId],
  );
  return rows.map((row) => ({ sectionId: row.sectionId, studiedAt: asDate(row.studiedAt) }));
}
