import "server-only";
import { db } from "@/lib/db";
import type { StudiedSectionRow } from "./studied-reads";

/**
 * Marks a section as studied. Idempotent: marking it again keeps the first time,
 * so a repeated PUT (a double click, a retry) changes nothing.
 */
export async function markSectionStudied(learnerId: string, sectionId: string, now: Date): Promise<StudiedSectionRow> {
  return db.studiedSection.upsert({
    where: { learnerId_sectionId: { learnerId, sectionId } },
    create: { learnerId, sectionId, studiedAt: now },
    update: {},
    select: { sectionId: true, studiedAt: true },
  });
}

/** Undoes `markSectionStudied`. Returns whether there was anything to undo. */
export async function unmarkSectionStudied(learnerId: string, sectionId: string): Promise<boolean> {
  const { count } = await db.studiedSection.deleteMany({ where: { learnerId, sectionId } });
  return count > 0;
}
