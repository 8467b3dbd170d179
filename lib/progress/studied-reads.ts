import "server-only";
import { db } from "@/lib/db";

export type StudiedSectionRow = { sectionId: string; studiedAt: Date };

/** The sections a learner has marked as studied, oldest first. */
export async function getStudiedSections(learnerId: string): Promise<StudiedSectionRow[]> {
  return db.studiedSection.findMany({
    where: { learnerId },
    select: { sectionId: true, studiedAt: true },
    orderBy: [{ studiedAt: "asc" }, { sectionId: "asc" }],
  });
}
