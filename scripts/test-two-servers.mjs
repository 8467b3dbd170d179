// `npm run test:two-servers` (needs TEST_POSTGRES_URL): two production servers, each with
// its own workers, on one PostgreSQL database, as a deployment behind a load balancer
// runs. Checks that a learner's progress written through one is read through the other,
// and that an answer load split across both, with the same questions sent to both at
// once, loses nothing and doubles nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { answerPath, createAnswerTargets, pairKey } from "./perf/answer-load.mjs";
import { checkDatabase } from "./perf/db-checks.mjs";
import { seedFromArgs, seededRandom } from "./perf/random.mjs";
import { ensureBuild, freePort, startServer } from "./perf/server.mjs";
import { freshDatabase, testDatabaseUrl } from "./perf/test-database.mjs";

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const PAIRS = 3_000;

function fail(message) {
  throw new Error(message);
}

async function crossServerProgress(a, b) {
  const home = await (await fetch(`${a.baseUrl}/api/progress`)).json();
  const sectionId = home.sections[0].sectionId;
  const mark = await fetch(`${a.baseUrl}/api/studied/${encodeURIComponent(sectionId)}`, { method: "PUT" });
  if (mark.status !== 200) fail(`marking through server A answered ${mark.status}`);
  const cookie = mark.headers
    .getSetCookie()
    .find((value) => value.startsWith("learner="))
    .split(";")[0];
  const studied = await (await fetch(`${b.baseUrl}/api/studied`, { headers: { cookie } })).json();
  if (!studied.sections.some((row) => row.sectionId === sectionId)) fail("a section marked through A is not studied through B");
  const session = await fetch(`${b.baseUrl}/api/quiz-sessions`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ count: 3, mode: "choice" }),
  });
  const created = await session.json();
  // A question with fewer than two choices is served typed, without choices, even in a choice session.
  const question = created.questions[0];
  const answered = await fetch(`${a.baseUrl}/api/quiz-sessions/${created.id}/answers`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ questionId: question.id, answer: question.choices?.[0] ?? "a typed guess" }),
  });
  if (answered.status !== 200) fail(`answering through A a session made through B answered ${answered.status}`);
  const readBack = await (await fetch(`${b.baseUrl}/api/quiz-sessions/${created.id}`, { headers: { cookie } })).json();
  if (readBack.answered !== 1) fail(`the answer given through A reads back through B as ${readBack.answered} answered`);
  const progress = await (await fetch(`${a.baseUrl}/api/progress`, { headers: { cookie } })).json();
  if (progress.studiedCount !== 1 || progress.sessions.length !== 1) fail("the progress report through A misses what B stored");
  console.log("  ok: a mark through A is read through B; a session made through B is answered through A and read back through both");
}

/** Every pair answered through its own server, and every tenth also through the other one at once. */
function answerLoad(servers, pairs, tally) {
  const runs = servers.map((server, index) => {
    const mine = pairs.filter((_, i) => i % 2 === index || i % 10 === 5);
    let next = 0;
    return new Promise((resolve, reject) => {
      autocannon(
        {
          url: server.baseUrl,
          connections: 16,
          amount: mine.length,
          timeout: 120,
          requests: [
            {
              method: "POST",
              setupRequest(request, context) {
                const pair = mine[next++];
                context.pair = pair;
                return { ...request, path: answerPath(pair), headers: { "content-type": "application/json", cookie: pair.cookie }, body: pair.body };
              },
              onResponse(status, body, context) {
                tally.byStatus[status] = (tally.byStatus[status] ?? 0) + 1;
                if (status !== 200) return;
                const key = pairKey(context.pair.sessionId, context.pair.questionId);
                const correct = JSON.parse(body).correct === true;
                if (tally.acknowledged.has(key) && tally.acknowledged.get(key) !== correct) tally.disagreements += 1;
                tally.acknowledged.set(key, correct);
              },
            },
          ],
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
    });
  });
  return Promise.all(runs);
}

async function main() {
  if (!process.env.TEST_POSTGRES_URL) fail("TEST_POSTGRES_URL must name a PostgreSQL server (e.g. postgresql://postgres@127.0.0.1:5433)");
  const random = seededRandom(seedFromArgs());
  ensureBuild(DIST_DIR);
  const tempDir = mkdtempSync(join(tmpdir(), "visit-two-"));
  const databaseUrl = testDatabaseUrl("two_servers", tempDir);
  freshDatabase(databaseUrl);
  const a = await startServer({ distDir: DIST_DIR, databaseUrl, port: await freePort(), quiet: false });
  const b = await startServer({ distDir: DIST_DIR, databaseUrl, port: await freePort(), quiet: false });
  try {
    console.log(`test:two-servers — A ${a.baseUrl}, B ${b.baseUrl}, one database`);
    await crossServerProgress(a, b);
    const pairs = [
      ...(await createAnswerTargets(a.baseUrl, { minPairs: PAIRS / 2, random })),
      ...(await createAnswerTargets(b.baseUrl, { minPairs: PAIRS / 2, random })),
    ];
    const tally = { byStatus: {}, acknowledged: new Map(), disagreements: 0 };
    await answerLoad([a, b], pairs, tally);
    const check = await checkDatabase(databaseUrl, { acknowledged: tally.acknowledged });
    const statuses = Object.entries(tally.byStatus)
      .map(([status, count]) => `${status}: ${count}`)
      .join(", ");
    console.log(`  answers split across A and B (every tenth sent to both at once): ${statuses}`);
    console.log(`  distinct questions acknowledged ${tally.acknowledged.size}, Answer rows ${check.counts.answers - 1}`);
    const problems = [...check.problems];
    if (Object.keys(tally.byStatus).some((status) => status !== "200")) problems.push(`non-200 answers: ${statuses}`);
    if (tally.disagreements > 0) problems.push(`${tally.disagreements} duplicates answered differently by the two servers`);
    if (check.counts.answers - 1 !== tally.acknowledged.size) problems.push(`Answer rows ≠ acknowledged questions`);
    for (const problem of problems) console.log(`✗ ${problem}`);
    if (problems.length > 0) process.exitCode = 1;
    else console.log("test:two-servers passed: nothing lost, nothing doubled");
  } finally {
    await a.stop();
    await b.stop();
    rmSync(tempDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exitCode = 1;
});
