import "server-only";
import { asBool, asNumber, database, pagesOf, type Sql } from "@/lib/database";
import { getStudySets } from "@/lib/content/study-sets";
import { getAllQuestions } from "@/lib/questions/question-banks";
import { buildProgressReport, type ReportKindTally, type ReportLatest } from "@/lib/quiz/build-progress-report";
import type { ExportAnswer } from "@/lib/quiz/export-progress";
import type { ProgressReport } from "./progress-report";
import { getCardDues, getRecentSessions, toAnswerRecord, type AnswerRow } from "./quiz-reads";
import { getStudiedSections } from "./studied-reads";

// The learner's progress report: aggregates computed by the database (each question's
// latest outcome, counts per kind, the days with answers), so its cost does not grow
// with a heavy learner's every answer in JavaScript; then the study sets and the question
// bank, put together by the pure builder. A reader without a learner gets the empty
// report (a GET never creates a learner).

async function latestOutcomes(sql: Sql, learnerId: string): Promise<ReportLatest[]> {
  const rows = await sql.all<{ questionId: string; correct: unknown }>(
    `SELECT "questionId", "correct" FROM (
       SELECT "questionId", "correct", ROW_NUMBER() OVER (PARTITION BY "questionId" ORDER BY "answeredAt" DESC, "id" DESC) AS "rank"
       FROM "Answer" WHERE "learnerId" = ?
     ) AS "ranked" WHERE "rank" = 1`,
    [learnerId],
  );
  return rows.map((row) => ({ questionId: row.questionId, correct: asBool(row.correct) }));
}

async function kindTallies(sql: Sql, learnerId: string): Promise<ReportKindTally[]> {
  const rows = await sql.all<{ kind: string; answered: unknown; correct: unknown }>(
    `SELECT "kind", COUNT(*) AS "answered", SUM(CASE WHEN "correct" THEN 1 ELSE 0 END) AS "correct" FROM "Answer" WHERE "learnerId" = ? GROUP BY "kind"`,
    [learnerId],
  );
  return rows.map((row) => ({ kind: row.kind, answered: asNumber(row.answered), correct: asNumber(row.correct) }));
}

async function answerDays(sql: Sql, learnerId: string, provider: "sqlite" | "postgresql"): Promise<string[]> {
  // The one place the dialects differ: SQLite keeps dates as ISO text, PostgreSQL as timestamps (UTC).
  const day = provider === "sqlite" ? `substr("answeredAt", 1, 10)` : `to_char("answeredAt", 'YYYY-MM-DD')`;
  const rows = await sql.all<{ day: string }>(`SELECT DISTINCT ${day} AS "day" FROM "Answer" WHERE "learnerId" = ?`, [learnerId]);
  return rows.map((row) => row.day);
}

export async function getProgressReport(learnerId: string | null, now: Date): Promise<ProgressReport> {
  const db = database();
  const [studied, latest, kinds, days, sessions, cardDues] = learnerId
    ? await Promise.all([
        getStudiedSections(learnerId, db),
        latestOutcomes(db, learnerId),
        kindTallies(db, learnerId),
        answerDays(db, learnerId, db.provider),
        getRecentSessions(learnerId, db),
        getCardDues(learnerId, db),
      ])
    : [[], [], [], [], [], []];
  return buildProgressReport({
    now,
    sections: getStudySets().flatMap((set) =>
      set.sections.map((section) => ({ id: section.id, setSlug: set.slug, slug: section.slug, title: section.title, labelZh: section.labelZh })),
    ),
    questions: getAllQuestions(),
    studied,
    latest,
    kinds,
    answerDays: days,
    sessions,
    cardDues,
  });
}

const EXPORT_PAGE = 500;

/** Every answer of the learner, oldest first, a page at a time (for the streamed export). */
export async function* exportAnswerPages(learnerId: string): AsyncGenerator<ExportAnswer[]> {
  type Row = AnswerRow & { sessionId: string };
  const pages = pagesOf<Row>(
    database(),
    `SELECT "sessionId", "questionId", "sectionId", "kind", "given", "correct", "overridden", "answeredAt" FROM "Answer" WHERE "learnerId" = ? ORDER BY "answeredAt", "id"`,
    [learnerId],
    EXPORT_PAGE,
  );
  for await (const page of pages) {
    yield page.map((row) => ({ sessionId: row.sessionId, ...toAnswerRecord(row) }));
  }
}
