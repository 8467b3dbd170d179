import "server-only";
import { createHash } from "node:crypto";
import { groupBySession, type ImportInput } from "@/lib/quiz/import-schema";
import { replaySavedCard } from "./quiz-writes";
import { toSqlDate, writeTransaction } from "./sqlite";

// Imports a JSON export into a learner's progress, merging with what is there, in one
// transaction. Answers are never doubled: each lands in a session of this learner (the
// export's own when it is this learner's, otherwise one whose id is derived from the
// learner and the exported id, so a second import finds it again), and a session holds
// one answer per question (its unique index; INSERT OR IGNORE). Every touched card is
// replayed from the learner's whole answer history. Unknown questions and sections are
// skipped and counted.

export type ImportCatalog = {
  question: (id: string) => { section: string; kind: string } | undefined;
  section: (id: string) => unknown;
};

export type ImportSummary = { answers: number; sessions: number; studied: number; alreadyThere: number; unknown: number };

/** The id an imported session gets for this learner: stable, so importing twice finds it. */
export function localSessionId(learnerId: string, importedId: string): string {
  return createHash("sha256").update(`${learnerId}:${importedId}`).digest("base64url").slice(0, 22);
}

export async function importProgress(learnerId: string, input: ImportInput, catalog: ImportCatalog): Promise<ImportSummary> {
  return writeTransaction((sqlite) => {
    const summary: ImportSummary = { answers: 0, sessions: 0, studied: 0, alreadyThere: 0, unknown: 0 };
    const markStudied = sqlite.prepare(`INSERT OR IGNORE INTO "StudiedSection" (learnerId, sectionId, studiedAt) VALUES (?, ?, ?)`);
    for (const section of input.report.sections) {
      if (!section.studied || !section.studiedAt) continue;
      if (!catalog.section(section.sectionId)) {
        summary.unknown++;
        continue;
      }
      summary.studied += Number(markStudied.run(learnerId, section.sectionId, toSqlDate(new Date(section.studiedAt))).changes);
    }

    const purposeOf = new Map((input.report.sessions ?? []).map((session) => [session.id, session.purpose]));
    const ownerOf = sqlite.prepare(`SELECT learnerId, questionIds FROM "QuizSession" WHERE id = ?`);
    const insertSession = sqlite.prepare(
      `INSERT INTO "QuizSession" (id, learnerId, purpose, mode, questionIds, createdAt, finishedAt) VALUES (?, ?, ?, 'choice', ?, ?, ?)`,
    );
    const updateQuestions = sqlite.prepare(`UPDATE "QuizSession" SET questionIds = ? WHERE id = ?`);
    const insertAnswer = sqlite.prepare(
      `INSERT OR IGNORE INTO "Answer" (sessionId, learnerId, questionId, sectionId, kind, given, correct, overridden, answeredAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const touched = new Set<string>();
    for (const [importedId, all] of groupBySession(input.answers)) {
      const answers = all.filter((answer) => catalog.question(answer.questionId) !== undefined);
      summary.unknown += all.length - answers.length;
      if (answers.length === 0) continue;
      const own = ownerOf.get(importedId) as { learnerId: string; questionIds: string } | undefined;
      const sessionId = own?.learnerId === learnerId ? importedId : localSessionId(learnerId, importedId);
      const existing = (sessionId === importedId ? own : (ownerOf.get(sessionId) as typeof own)) ?? null;
      const ids = [...new Set(answers.map((answer) => answer.questionId))];
      if (!existing) {
        const first = toSqlDate(new Date(answers[0]!.answeredAt));
        const last = toSqlDate(new Date(answers[answers.length - 1]!.answeredAt));
        insertSession.run(sessionId, learnerId, purposeOf.get(importedId) ?? "quiz", JSON.stringify(ids), first, last);
        summary.sessions++;
      } else {
        const known = JSON.parse(existing.questionIds) as string[];
        const missing = ids.filter((questionId) => !known.includes(questionId));
        if (missing.length > 0) updateQuestions.run(JSON.stringify([...known, ...missing]), sessionId);
      }
      for (const answer of answers) {
        const question = catalog.question(answer.questionId)!;
        const added = Number(
          insertAnswer.run(
            sessionId,
            learnerId,
            answer.questionId,
            question.section,
            question.kind,
            answer.given,
            answer.correct ? 1 : 0,
            answer.overridden ? 1 : 0,
            toSqlDate(new Date(answer.answeredAt)),
          ).changes,
        );
        if (added) {
          summary.answers++;
          touched.add(answer.questionId);
        } else summary.alreadyThere++;
      }
    }
    for (const questionId of touched) replaySavedCard(sqlite, learnerId, questionId);
    return summary;
  });
}
