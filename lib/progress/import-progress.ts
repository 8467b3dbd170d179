import "server-only";
import { createHash } from "node:crypto";
import { groupBySession, type ImportInput } from "@/lib/quiz/import-schema";
import type { Sql } from "@/lib/database";
import { replaySavedCard } from "./quiz-writes";

// Imports a JSON export into a learner's progress, merging with what is there, in one
// transaction. Answers are never doubled: each lands in a session of this learner (the
// export's own when it is this learner's, otherwise one whose id is derived from the
// learner and the exported id, so a second import finds it again), and a session holds
// one answer per question (its unique index; INSERT OR IGNORE). Every touched card is
// replayed from the learner's whole answer history. Unknown questions and sections are
// skipped and counted. Runs in the caller's transaction, with the learner's creation.

export type ImportCatalog = {
  question: (id: string) => { section: string; kind: string } | undefined;
  section: (id: string) => unknown;
};

export type ImportSummary = { answers: number; sessions: number; studied: number; alreadyThere: number; unknown: number };

/** The id an imported session gets for this learner: stable, so importing twice finds it. */
export function localSessionId(learnerId: string, importedId: string): string {
  return createHash("sha256").update(`${learnerId}:${importedId}`).digest("base64url").slice(0, 22);
}

export async function importProgress(tx: Sql, learnerId: string, input: ImportInput, catalog: ImportCatalog): Promise<ImportSummary> {
  const summary: ImportSummary = { answers: 0, sessions: 0, studied: 0, alreadyThere: 0, unknown: 0 };
  for (const section of input.report.sections) {
    if (!section.studied || !section.studiedAt) continue;
    if (!catalog.section(section.sectionId)) {
      summary.unknown++;
      continue;
    }
    summary.studied += await tx.run(`INSERT INTO "StudiedSection" ("learnerId", "sectionId", "studiedAt") VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, [
      learnerId,
      section.sectionId,
      new Date(section.studiedAt),
    ]);
  }

  const purposeOf = new Map((input.report.sessions ?? []).map((session) => [session.id, session.purpose]));
  const ownerOf = (id: string) =>
    tx.get<{ learnerId: string; questionIds: string }>(`SELECT "learnerId", "questionIds" FROM "QuizSession" WHERE "id" = ?`, [id]);
  const touched = new Set<string>();
  for (const [importedId, all] of groupBySession(input.answers)) {
    const answers = all.filter((answer) => catalog.question(answer.questionId) !== undefined);
    summary.unknown += all.length - answers.length;
    if (answers.length === 0) continue;
    const own = await ownerOf(importedId);
    const sessionId = own?.learnerId === learnerId ? importedId : localSessionId(learnerId, importedId);
    const existing = (sessionId === importedId ? own : await ownerOf(sessionId)) ?? null;
    const ids = [...new Set(answers.map((answer) => answer.questionId))];
    if (!existing) {
      await tx.run(
        `INSERT INTO "QuizSession" ("id", "learnerId", "purpose", "mode", "questionIds", "createdAt", "finishedAt") VALUES (?, ?, ?, 'choice', ?, ?, ?)`,
        [
          sessionId,
          learnerId,
          purposeOf.get(importedId) ?? "quiz",
          JSON.stringify(ids),
          new Date(answers[0]!.answeredAt),
          new Date(answers[answers.length - 1]!.answeredAt),
        ],
      );
      summary.sessions++;
    } else {
      const known = JSON.parse(existing.questionIds) as string[];
      const missing = ids.filter((questionId) => !known.includes(questionId));
      if (missing.length > 0) await tx.run(`UPDATE "QuizSession" SET "questionIds" = ? WHERE "id" = ?`, [JSON.stringify([...known, ...missing]), sessionId]);
    }
    for (const answer of answers) {
      const question = catalog.question(answer.questionId)!;
      const added = await tx.run(
        `INSERT INTO "Answer" ("sessionId", "learnerId", "questionId", "sectionId", "kind", "given", "correct", "overridden", "answeredAt")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        [
          sessionId,
          learnerId,
          answer.questionId,
          question.section,
          question.kind,
          answer.given,
          answer.correct,
          answer.overridden,
          new Date(answer.answeredAt),
        ],
      );
      if (added) {
        summary.answers++;
        touched.add(answer.questionId);
      } else summary.alreadyThere++;
    }
  }
  for (const questionId of touched) await replaySavedCard(tx, learnerId, questionId);
  return summary;
}
