// Consistency checks on the app's database, read-only, on SQLite or PostgreSQL: what
// "nothing lost, nothing doubled, nothing half-written" means for answers, cards and
// sessions. Columns are quoted: PostgreSQL folds unquoted names to lower case.
import Database from "better-sqlite3";
import pg from "pg";
import { pairKey } from "./answer-load.mjs";

/** Read-only queries on the database a url names: `all(sql)` resolves to rows. */
async function openForChecks(url) {
  if (url.startsWith("file:")) {
    const db = new Database(url.slice("file:".length), { readonly: true, fileMustExist: true });
    return { provider: "sqlite", all: async (sql) => db.prepare(sql).all(), close: async () => db.close() };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return { provider: "postgresql", all: async (sql) => (await client.query(sql)).rows, close: () => client.end() };
}

/**
 * Opens the database read-only and returns counts plus a list of problems (empty when
 * consistent). `acknowledged` is a Map of pairKey → `correct` from 200 responses; each
 * must be stored with the same grade. `url` is a DATABASE_URL (a bare path is a SQLite file).
 */
export async function checkDatabase(url, { acknowledged = new Map() } = {}) {
  const db = await openForChecks(url.includes(":") && !url.startsWith("/") ? url : `file:${url}`);
  const problems = [];
  const all = (sql) => db.all(sql);
  const one = async (sql) => Number(Object.values((await all(sql))[0])[0]);
  const sqlite = db.provider === "sqlite";
  // The session's question ids (a JSON array in a text column), per dialect.
  const questionIdsOf = sqlite ? `json_each(s."questionIds")` : `json_array_elements_text(s."questionIds"::json)`;
  const questionCount = sqlite ? `json_array_length(s."questionIds")` : `json_array_length(s."questionIds"::json)`;
  const questionIdValue = sqlite ? "q.value" : "q";
  try {
    let integrity = "ok";
    if (sqlite) {
      integrity = (await all("PRAGMA integrity_check")).map((row) => row.integrity_check).join("; ");
      if (integrity !== "ok") problems.push(`integrity_check: ${integrity}`);
      const foreignKeys = await all("PRAGMA foreign_key_check");
      if (foreignKeys.length > 0) problems.push(`foreign_key_check: ${foreignKeys.length} rows point nowhere`);
    }

    const counts = {
      learners: await one(`SELECT COUNT(*) AS n FROM "Learner"`),
      sessions: await one(`SELECT COUNT(*) AS n FROM "QuizSession"`),
      answers: await one(`SELECT COUNT(*) AS n FROM "Answer"`),
      cards: await one(`SELECT COUNT(*) AS n FROM "Card"`),
    };

    // Every acknowledged answer is stored, once, with the grade the client was told.
    const rows = await all(`SELECT "sessionId", "questionId", "correct" FROM "Answer"`);
    const stored = new Map(rows.map((row) => [pairKey(row.sessionId, row.questionId), row.correct === 1 || row.correct === true]));
    let missing = 0;
    let regraded = 0;
    for (const [key, correct] of acknowledged) {
      if (!stored.has(key)) missing += 1;
      else if (stored.get(key) !== correct) regraded += 1;
    }
    if (missing > 0) problems.push(`${missing} acknowledged answers are not stored`);
    if (regraded > 0) problems.push(`${regraded} stored answers differ from the grade acknowledged`);
    const doubled = await one(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM "Answer" GROUP BY "sessionId", "questionId" HAVING COUNT(*) > 1) AS d`);
    if (doubled > 0) problems.push(`${doubled} (session, question) pairs answered more than once`);

    // Answers belong to an existing session of the same learner, and to one of its questions.
    const orphans = await one(
      `SELECT COUNT(*) AS n FROM "Answer" a LEFT JOIN "QuizSession" s ON s."id" = a."sessionId" WHERE s."id" IS NULL OR s."learnerId" <> a."learnerId"`,
    );
    if (orphans > 0) problems.push(`${orphans} answers without their session (or of another learner's session)`);
    const foreignQuestion = await one(
      `SELECT COUNT(*) AS n FROM "Answer" a JOIN "QuizSession" s ON s."id" = a."sessionId" WHERE NOT EXISTS (SELECT 1 FROM ${questionIdsOf} q WHERE ${questionIdValue} = a."questionId")`,
    );
    if (foreignQuestion > 0) problems.push(`${foreignQuestion} answers to questions their session did not ask`);
    const orphanLearners = await one(
      `SELECT COUNT(*) AS n FROM "Learner" l WHERE NOT EXISTS (SELECT 1 FROM "QuizSession" s WHERE s."learnerId" = l."id") AND NOT EXISTS (SELECT 1 FROM "StudiedSection" t WHERE t."learnerId" = l."id")`,
    );

    // The card moves with the answer in one transaction: one card per answered
    // (learner, question), reviewed once per answer, last reviewed at the last answer.
    const answerWithoutCard = await one(
      `SELECT COUNT(*) AS n FROM (SELECT DISTINCT "learnerId", "questionId" FROM "Answer") a LEFT JOIN "Card" c USING ("learnerId", "questionId") WHERE c."learnerId" IS NULL`,
    );
    if (answerWithoutCard > 0) problems.push(`${answerWithoutCard} answered questions have no card`);
    const cardWithoutAnswer = await one(
      `SELECT COUNT(*) AS n FROM "Card" c WHERE NOT EXISTS (SELECT 1 FROM "Answer" a WHERE a."learnerId" = c."learnerId" AND a."questionId" = c."questionId")`,
    );
    if (cardWithoutAnswer > 0) problems.push(`${cardWithoutAnswer} cards without any answer`);
    const repsMismatch = await one(
      `SELECT COUNT(*) AS n FROM "Card" c JOIN (SELECT "learnerId", "questionId", COUNT(*) AS answers, MAX("answeredAt") AS last FROM "Answer" GROUP BY "learnerId", "questionId") a USING ("learnerId", "questionId") WHERE c."reps" <> a.answers OR c."lastReview" IS DISTINCT FROM a.last`,
    );
    if (repsMismatch > 0) problems.push(`${repsMismatch} cards whose reps or last review disagree with their answers`);

    // A session is finished exactly when all its questions are answered.
    const finishMismatch = await one(
      `SELECT COUNT(*) AS n FROM "QuizSession" s WHERE (s."finishedAt" IS NOT NULL) <> ((SELECT COUNT(*) FROM "Answer" a WHERE a."sessionId" = s."id") >= ${questionCount})`,
    );
    if (finishMismatch > 0) problems.push(`${finishMismatch} sessions whose finished mark disagrees with their answers`);

    return { integrity, counts: { ...counts, learnersWithNothing: orphanLearners }, storedKeys: stored, problems };
  } finally {
    await db.close();
  }
}
