// Consistency checks on the app's SQLite file, read-only: what "nothing lost, nothing
// doubled, nothing half-written" means for answers, cards and sessions.
import Database from "better-sqlite3";
import { pairKey } from "./answer-load.mjs";

/**
 * Opens the database read-only and returns counts plus a list of problems (empty when
 * consistent). `acknowledged` is a Map of pairKey → `correct` from 200 responses; each
 * must be stored with the same grade.
 */
export function checkDatabase(file, { acknowledged = new Map() } = {}) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const problems = [];
  const one = (sql) => db.prepare(sql).get();
  const all = (sql) => db.prepare(sql).all();
  try {
    const integrity = all("PRAGMA integrity_check").map((row) => row.integrity_check).join("; ");
    if (integrity !== "ok") problems.push(`integrity_check: ${integrity}`);
    const foreignKeys = all("PRAGMA foreign_key_check");
    if (foreignKeys.length > 0) problems.push(`foreign_key_check: ${foreignKeys.length} rows point nowhere`);

    const counts = {
      learners: one("SELECT COUNT(*) AS n FROM Learner").n,
      sessions: one("SELECT COUNT(*) AS n FROM QuizSession").n,
      answers: one("SELECT COUNT(*) AS n FROM Answer").n,
      cards: one("SELECT COUNT(*) AS n FROM Card").n,
    };

    // Every acknowledged answer is stored, once, with the grade the client was told.
    const stored = new Map(all("SELECT sessionId, questionId, correct FROM Answer").map((row) => [pairKey(row.sessionId, row.questionId), row.correct === 1]));
    let missing = 0;
    let regraded = 0;
    for (const [key, correct] of acknowledged) {
      if (!stored.has(key)) missing += 1;
      else if (stored.get(key) !== correct) regraded += 1;
    }
    if (missing > 0) problems.push(`${missing} acknowledged answers are not stored`);
    if (regraded > 0) problems.push(`${regraded} stored answers differ from the grade acknowledged`);
    const doubled = one("SELECT COUNT(*) AS n FROM (SELECT 1 FROM Answer GROUP BY sessionId, questionId HAVING COUNT(*) > 1)").n;
    if (doubled > 0) problems.push(`${doubled} (session, question) pairs answered more than once`);

    // Answers belong to an existing session of the same learner, and to one of its questions.
    const orphans = one("SELECT COUNT(*) AS n FROM Answer a LEFT JOIN QuizSession s ON s.id = a.sessionId WHERE s.id IS NULL OR s.learnerId <> a.learnerId").n;
    if (orphans > 0) problems.push(`${orphans} answers without their session (or of another learner's session)`);
    const foreignQuestion = one(
      "SELECT COUNT(*) AS n FROM Answer a JOIN QuizSession s ON s.id = a.sessionId WHERE NOT EXISTS (SELECT 1 FROM json_each(s.questionIds) q WHERE q.value = a.questionId)",
    ).n;
    if (foreignQuestion > 0) problems.push(`${foreignQuestion} answers to questions their session did not ask`);

    // The card moves with the answer in one transaction: one card per answered
    // (learner, question), reviewed once per answer, last reviewed at the last answer.
    const answerWithoutCard = one(
      "SELECT COUNT(*) AS n FROM (SELECT DISTINCT learnerId, questionId FROM Answer) a LEFT JOIN Card c USING (learnerId, questionId) WHERE c.learnerId IS NULL",
    ).n;
    if (answerWithoutCard > 0) problems.push(`${answerWithoutCard} answered questions have no card`);
    const cardWithoutAnswer = one(
      "SELECT COUNT(*) AS n FROM Card c WHERE NOT EXISTS (SELECT 1 FROM Answer a WHERE a.learnerId = c.learnerId AND a.questionId = c.questionId)",
    ).n;
    if (cardWithoutAnswer > 0) problems.push(`${cardWithoutAnswer} cards without any answer`);
    const repsMismatch = one(
      "SELECT COUNT(*) AS n FROM Card c JOIN (SELECT learnerId, questionId, COUNT(*) AS answers, MAX(answeredAt) AS last FROM Answer GROUP BY learnerId, questionId) a USING (learnerId, questionId) WHERE c.reps <> a.answers OR c.lastReview IS NOT a.last",
    ).n;
    if (repsMismatch > 0) problems.push(`${repsMismatch} cards whose reps or last review disagree with their answers`);

    // A session is finished exactly when all its questions are answered.
    const finishMismatch = one(
      "SELECT COUNT(*) AS n FROM QuizSession s WHERE (s.finishedAt IS NOT NULL) <> ((SELECT COUNT(*) FROM Answer a WHERE a.sessionId = s.id) >= json_array_length(s.questionIds))",
    ).n;
    if (finishMismatch > 0) problems.push(`${finishMismatch} sessions whose finished mark disagrees with their answers`);

    return { integrity, counts, storedKeys: stored, problems };
  } finally {
    db.close();
  }
}
