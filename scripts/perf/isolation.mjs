// Measures the reliability findings of issue 11 against a running server (any version,
// so the same script gives the before and after figures in the README):
//   node scripts/perf/isolation.mjs <baseUrl> <sqlite file of that server> [--marks-only]
// 1. first "mark as studied" under concurrency: statuses, and learners left with nothing;
// 2. another learner's GET /api/progress p99 while one client floods learner creation;
// 3. the same while one client polls the CSV export of a learner with 15,000 answers.
import autocannon from "autocannon";
import Database from "better-sqlite3";

const [baseUrl, file] = process.argv.slice(2);
const run = (options) =>
  new Promise((resolve, reject) => autocannon({ timeout: 10, ...options }, (error, result) => (error ? reject(error) : resolve(result))));
const statuses = (result) =>
  Object.entries(result.statusCodeStats ?? {})
    .map(([code, { count }]) => `${code}: ${count}`)
    .join(", ");

async function firstMarks(sectionPath) {
  const db = new Database(file, { readonly: true });
  const learnersBefore = db.prepare(`SELECT COUNT(*) AS n FROM "Learner"`).get().n;
  db.close();
  const result = await run({ url: `${baseUrl}${sectionPath}`, method: "PUT", connections: 32, amount: 2000 });
  const after = new Database(file, { readonly: true });
  const learners = after.prepare(`SELECT COUNT(*) AS n FROM "Learner"`).get().n - learnersBefore;
  const orphans = after
    .prepare(
      `SELECT COUNT(*) AS n FROM "Learner" l WHERE NOT EXISTS (SELECT 1 FROM "StudiedSection" s WHERE s."learnerId" = l."id") AND NOT EXISTS (SELECT 1 FROM "QuizSession" q WHERE q."learnerId" = l."id")`,
    )
    .get().n;
  after.close();
  console.log(
    `first marks, 2000 at 32 connections: ${statuses(result)}; errors ${result.errors}; new learners ${learners}; learners with nothing stored ${orphans}`,
  );
}

async function victimWhile(label, victimCookie, attacker) {
  const victim = run({ url: `${baseUrl}/api/progress`, connections: 2, duration: 10, headers: { cookie: victimCookie } });
  const flood = run({ ...attacker, duration: 10 });
  const [v, f] = await Promise.all([victim, flood]);
  console.log(
    `${label}: another learner's GET /api/progress p50 ${v.latency.p50} ms, p99 ${v.latency.p99} ms (${v.requests.total} requests, ${v.timeouts} timeouts); attacker ${statuses(f)}`,
  );
}

async function heavyLearner() {
  const mark = await fetch(`${baseUrl}/api/studied/${encodeURIComponent(await firstSectionId())}`, { method: "PUT" });
  const cookie = mark.headers
    .getSetCookie()
    .find((value) => value.startsWith("learner="))
    .split(";")[0];
  const learnerId = cookie.slice("learner=".length);
  const db = new Database(file, { timeout: 10_000 });
  const at = (i) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString().replace("Z", "+00:00");
  db.transaction(() => {
    const session = db.prepare(
      `INSERT INTO "QuizSession" ("id", "learnerId", "purpose", "mode", "questionIds", "createdAt") VALUES (?, ?, 'quiz', 'choice', '[]', ?)`,
    );
    const answer = db.prepare(
      `INSERT INTO "Answer" ("sessionId", "learnerId", "questionId", "sectionId", "kind", "given", "correct", "overridden", "answeredAt") VALUES (?, ?, ?, 'x:y', 'date', '=1+1', 1, 0, ?)`,
    );
    for (let s = 0; s < 300; s++) {
      session.run(`heavy-${s}`, learnerId, at(s * 50));
      for (let q = 0; q < 50; q++) answer.run(`heavy-${s}`, learnerId, `q${q}`, at(s * 50 + q));
    }
  })();
  db.close();
  return cookie;
}

async function firstSectionId() {
  const progress = await (await fetch(`${baseUrl}/api/progress`)).json();
  return progress.sections[0].sectionId;
}

// The victim and the heavy learner are made first: once the flood has spent the address's
// learner budget (after this change), no learner could be made from it for a minute.
const sectionId = await firstSectionId();
const victim = await fetch(`${baseUrl}/api/studied/${encodeURIComponent(sectionId)}`, { method: "PUT" });
const victimCookie = victim.headers
  .getSetCookie()
  .find((value) => value.startsWith("learner="))
  .split(";")[0];
const heavy = process.argv.includes("--marks-only") ? null : await heavyLearner();
await firstMarks(`/api/studied/${encodeURIComponent(sectionId)}`);
if (heavy) {
  await victimWhile("quiet", victimCookie, { url: `${baseUrl}/probe.txt`, connections: 1, amount: 1 });
  await victimWhile("learner-creation flood (32 connections)", victimCookie, {
    url: `${baseUrl}/api/studied/${encodeURIComponent(sectionId)}`,
    method: "PUT",
    connections: 32,
  });
  await victimWhile("15,000-answer CSV export polled (4 connections)", victimCookie, {
    url: `${baseUrl}/api/progress/export?format=csv`,
    connections: 4,
    headers: { cookie: heavy },
  });
}
