// `npm run test:crash`: answers under load, then SIGKILL at a random moment, restart on
// the same database, and check that nothing acknowledged was lost and nothing is half
// written. Three rounds on one database (each round starts from the previous crash).
// The kill moments come from a seed that is printed; `--seed=N` (or SEED) repeats them.
//   NEXT_DIST_DIR  build folder (default .next; built when older than the sources)
import { Agent, request as httpRequest } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answerPath, createAnswerTargets, pairKey } from "./perf/answer-load.mjs";
import { checkDatabase } from "./perf/db-checks.mjs";
import { freshDatabase, testDatabaseUrl } from "./perf/test-database.mjs";
import { seedFromArgs, seededRandom } from "./perf/random.mjs";
import { ensureBuild, freePort, startServer } from "./perf/server.mjs";

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const ROUNDS = 3;
const CONNECTIONS = 32;
// Enough answer targets to outlast the longest load before a kill at the answer path's fastest
// (about 1,500 answers/s since the answers skip Next's router; 2,500 ran out once).
const PAIRS_PER_ROUND = 6_000;

function post(agent, port, pair) {
  return new Promise((resolve, reject) => {
    const body = Buffer.from(pair.body);
    const request = httpRequest(
      {
        agent,
        host: "127.0.0.1",
        port,
        method: "POST",
        path: answerPath(pair),
        headers: { "content-type": "application/json", "content-length": body.byteLength, cookie: pair.cookie },
      },
      (response) => {
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/**
 * Sends answers from `CONNECTIONS` concurrent loops until the server dies. Returns the
 * acknowledged answers (200, fully received) and the requests left without an answer.
 */
async function loadUntilKilled(server, pairs, killAfterMs) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const acknowledged = new Map();
  const unanswered = [];
  const otherStatuses = {};
  let next = 0;
  let killed = false;
  const loops = Array.from({ length: CONNECTIONS }, async () => {
    while (!killed && next < pairs.length) {
      const pair = pairs[next];
      next += 1;
      try {
        const response = await post(agent, server.port, pair);
        if (response.status === 200) acknowledged.set(pairKey(pair.sessionId, pair.questionId), JSON.parse(response.body).correct === true);
        else otherStatuses[response.status] = (otherStatuses[response.status] ?? 0) + 1;
      } catch {
        unanswered.push(pair); // the connection died with the server: never acknowledged
      }
    }
  });
  const started = Date.now();
  await new Promise((resolve) => setTimeout(resolve, killAfterMs));
  killed = true; // no loop starts another request; those in flight die with the server
  await server.kill();
  await Promise.all(loops);
  agent.destroy();
  return { acknowledged, unanswered, otherStatuses, sent: next, ranMs: Date.now() - started, exhausted: next >= pairs.length };
}

async function main() {
  const seed = seedFromArgs();
  const random = seededRandom(seed);
  console.log(`test:crash seed=${seed} (repeat with --seed=${seed}), ${ROUNDS} rounds, ${CONNECTIONS} concurrent answer requests`);
  ensureBuild(DIST_DIR);
  const tempDir = mkdtempSync(join(tmpdir(), "visit-crash-"));
  const databaseUrl = testDatabaseUrl("crash", tempDir);
  freshDatabase(databaseUrl);
  const port = await freePort();
  let server = await startServer({ distDir: DIST_DIR, databaseUrl, port });
  const allAcknowledged = new Map();
  let failures = 0;
  const started = Date.now();
  try {
    for (let round = 1; round <= ROUNDS; round += 1) {
      const pairs = await createAnswerTargets(server.baseUrl, { minPairs: PAIRS_PER_ROUND, random });
      const before = (await checkDatabase(databaseUrl)).counts;
      const killAfterMs = Math.round(300 + random() * 2_200);
      const load = await loadUntilKilled(server, pairs, killAfterMs);
      for (const [key, correct] of load.acknowledged) allAcknowledged.set(key, correct);

      const restartStarted = Date.now();
      server = await startServer({ distDir: DIST_DIR, databaseUrl, port });
      const restartMs = Date.now() - restartStarted;
      const check = await checkDatabase(databaseUrl, { acknowledged: allAcknowledged });
      const problems = [...check.problems];
      if (load.exhausted) problems.push("the load ran out of questions before the kill: raise PAIRS_PER_ROUND");
      if (Object.keys(load.otherStatuses).length > 0) problems.push(`non-200 answers before the kill: ${JSON.stringify(load.otherStatuses)}`);
      const inFlightStored = load.unanswered.filter((pair) => check.storedKeys.has(pairKey(pair.sessionId, pair.questionId))).length;
      const newRows = check.counts.answers - before.answers;
      if (newRows !== load.acknowledged.size + inFlightStored) {
        problems.push(`${newRows} new Answer rows ≠ ${load.acknowledged.size} acknowledged + ${inFlightStored} stored in flight`);
      }

      // Through the restarted server: an acknowledged answer repeated returns its first
      // result and stores nothing; an unanswered question can still be answered.
      const sample = pairs.find((pair) => load.acknowledged.has(pairKey(pair.sessionId, pair.questionId)));
      if (sample) {
        const repeat = await fetch(server.baseUrl + answerPath(sample), {
          method: "POST",
          headers: { "content-type": "application/json", cookie: sample.cookie },
          body: sample.body,
        });
        const repeated = await repeat.json();
        if (repeat.status !== 200 || repeated.correct !== load.acknowledged.get(pairKey(sample.sessionId, sample.questionId))) {
          problems.push(`repeating an acknowledged answer after the restart gave ${repeat.status} ${JSON.stringify(repeated).slice(0, 120)}`);
        }
      }
      const fresh = pairs.slice(load.sent).find(Boolean);
      if (fresh) {
        const answer = await fetch(server.baseUrl + answerPath(fresh), {
          method: "POST",
          headers: { "content-type": "application/json", cookie: fresh.cookie },
          body: fresh.body,
        });
        if (answer.status !== 200) problems.push(`a new answer after the restart gave ${answer.status}`);
        else allAcknowledged.set(pairKey(fresh.sessionId, fresh.questionId), (await answer.json()).correct === true);
      }
      const after = await checkDatabase(databaseUrl, { acknowledged: allAcknowledged });
      problems.push(...after.problems.filter((problem) => !problems.includes(problem)));
      if (fresh && after.counts.answers !== check.counts.answers + 1)
        problems.push(`after the restart, one new answer added ${after.counts.answers - check.counts.answers} rows`);

      console.log(`\nround ${round}: SIGKILL after ${killAfterMs} ms of load, restart (migrate + start) in ${restartMs} ms`);
      console.log(
        `  sent ${load.sent} answers: ${load.acknowledged.size} acknowledged (200), ${load.unanswered.length} in flight at the kill (${inFlightStored} of those had committed, the others left no trace)`,
      );
      console.log(
        `  all ${allAcknowledged.size} answers acknowledged so far are stored with the grade the client was told: ${check.problems.some((p) => p.includes("acknowledged")) ? "NO" : "yes"}`,
      );
      console.log(
        `  rows now: ${after.counts.answers} answers, ${after.counts.cards} cards, ${after.counts.sessions} sessions, ${after.counts.learners} learners`,
      );
      console.log(
        `  checked: integrity_check=${after.integrity}, foreign keys, no doubled (session, question), every answer in its own learner's session and among its questions,`,
      );
      console.log(`           one card per answered question with reps = answers and last review = last answer, finished mark = all answered,`);
      console.log(`           repeat of an acknowledged answer → first result and no new row, a new answer → 200 and one row`);
      if (problems.length === 0) console.log("  ok");
      for (const problem of problems) console.log(`  ✗ ${problem}`);
      failures += problems.length;
    }
  } finally {
    await server.stop();
    rmSync(tempDir, { recursive: true, force: true });
  }
  console.log(`\ntest:crash ${failures === 0 ? "passed" : `FAILED (${failures} problems)`} in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${seed}`);
  process.exitCode = failures === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
