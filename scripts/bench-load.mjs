// `npm run bench:load`: the production server under load, measured against its own
// ceiling. Builds when needed (into .next-perf, or NEXT_DIST_DIR), starts the production server
// on a free loopback port with a fresh temporary database, drives it with autocannon
// from this process, stops it, and prints one table: req/s, p50 and p99 for a static
// file from public/ (the ceiling), a study page, the home page and answer submissions,
// each as a ratio to the static file. The answer load must lose and double nothing:
// the Answer rows afterwards equal the 200 responses, or the script exits non-zero.
//   --seed=N        repeat a run's answer choices (also SEED)
//   --duration=S    seconds per page target (default 10); answers run 20 s
//   --connections=N (default 32)
//   --servers=N     N production servers on the one database (default 1), each with its
//                   own workers, as behind a load balancer: every autocannon run spreads
//                   its connections across them (autocannon's list of urls), so the figures
//                   and the lost/doubled check cover the load split across all of them
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { answerPath, createAnswerTargets, pairKey } from "./perf/answer-load.mjs";
import { checkDatabase } from "./perf/db-checks.mjs";
import { seedFromArgs, seededRandom } from "./perf/random.mjs";
import { ensureBuild, freePort, startServer } from "./perf/server.mjs";
import { freshDatabase, testDatabaseUrl } from "./perf/test-database.mjs";

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next-perf";
const option = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const PAGE_SECONDS = option("duration", 10);
const ANSWER_SECONDS = option("answer-duration", 20);
const CONNECTIONS = option("connections", 32);
const SERVERS = option("servers", 1);
const WARMUP_SECONDS = 2;
const TARGETS = { page: 0.3, answers: 0.05, answersP99Ms: 100 };

function cannon(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, pipelining: 1, timeout: 10, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** Completed requests per second over the run's real duration, and its latency percentiles. */
function figures(result) {
  const completed = Object.values(result.statusCodeStats ?? {}).reduce((sum, { count }) => sum + count, 0);
  return {
    rps: completed / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    completed,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds: result.duration,
  };
}

async function measureGet(baseUrls, path) {
  for (const baseUrl of baseUrls) {
    const probe = await fetch(baseUrl + path);
    if (probe.status !== 200) throw new Error(`GET ${baseUrl}${path} answered ${probe.status}, expected 200`);
  }
  const url = baseUrls.map((baseUrl) => baseUrl + path);
  await cannon({ url, duration: WARMUP_SECONDS });
  const result = figures(await cannon({ url, duration: PAGE_SECONDS }));
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`GET ${path}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  return result;
}

/**
 * Answers `amount` distinct pairs through autocannon. Each connection keeps its
 * current pair in its context, so every response is tallied against its own pair.
 * A fixed amount (not a duration) lets every request finish before the run ends:
 * none is left in flight, unacknowledged, when the connections close.
 */
async function answerRun(baseUrls, pairs, start, amount, tally) {
  let next = start;
  // The run's own clock, from the start to its last response: autocannon notices that a
  // fixed amount is done only at its next one-second tick, and counts up to a second of
  // idling in its duration (a 15 s run read as 14.0–15.0 s), so its rate runs low by up to 7 %.
  const began = performance.now();
  let lastResponse = began;
  const result = await cannon({
    url: baseUrls,
    amount,
    // Generous: a request given up on may still be stored, and would then be counted
    // as a row without its 200. Latency is what the percentiles report, not this.
    timeout: 120,
    requests: [
      {
        method: "POST",
        setupRequest(request, context) {
          const pair = pairs[next];
          next += 1;
          context.pair = pair;
          return {
            ...request,
            path: answerPath(pair),
            headers: { "content-type": "application/json", "accept-language": "en", cookie: pair.cookie },
            body: pair.body,
          };
        },
        onResponse(status, body, context) {
          lastResponse = performance.now();
          tally.byStatus[status] = (tally.byStatus[status] ?? 0) + 1;
          if (status === 200) tally.acknowledged.set(pairKey(context.pair.sessionId, context.pair.questionId), JSON.parse(body).correct === true);
          else if (tally.samples.length < 5) tally.samples.push(`${status} ${body.slice(0, 200)}`);
        },
      },
    ],
  });
  const measured = figures(result);
  const seconds = (lastResponse - began) / 1000;
  return { result: { ...measured, seconds, rps: measured.completed / seconds }, used: next - start };
}

function table(rows, ceiling) {
  const header = ["target", "req/s", "p50 ms", "p99 ms", "req/s ÷ static", "p99 ÷ static"];
  const cells = rows.map(({ name, figures: f }) => [
    name,
    f.rps.toFixed(0),
    f.p50.toFixed(1),
    f.p99.toFixed(1),
    (f.rps / ceiling.rps).toFixed(3),
    ceiling.p99 > 0 ? (f.p99 / ceiling.p99).toFixed(1) : "—",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}

async function main() {
  const seed = seedFromArgs();
  const random = seededRandom(seed);
  console.log(
    `bench:load seed=${seed} connections=${CONNECTIONS} cores=${cpus().length} servers=${SERVERS} workers each=${Number(process.env.WEB_CONCURRENCY) || availableParallelism()} load average=${loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}`,
  );
  ensureBuild(DIST_DIR);
  const tempDir = mkdtempSync(join(tmpdir(), "visit-bench-"));
  const databaseUrl = testDatabaseUrl("bench", tempDir);
  freshDatabase(databaseUrl);
  console.log(`database: ${databaseUrl.startsWith("file:") ? "SQLite" : "PostgreSQL"}`);
  const servers = [];
  let failed = false;
  try {
    for (let i = 0; i < SERVERS; i++) servers.push(await startServer({ distDir: DIST_DIR, databaseUrl, port: await freePort() }));
    const baseUrls = servers.map((server) => server.baseUrl);
    const [server] = servers;
    const home = await (await fetch(`${server.baseUrl}/en`)).text();
    const studyPath = /href="(\/en\/study\/[^"]+)"/.exec(home)?.[1];
    if (!studyPath) throw new Error("no study page link on /en");

    const rows = [];
    console.log("measuring the static file, a study page and the home page …");
    rows.push({ name: "static /probe.txt", figures: await measureGet(baseUrls, "/probe.txt") });
    rows.push({ name: `study page ${studyPath}`, figures: await measureGet(baseUrls, studyPath) });
    rows.push({ name: "home page /en", figures: await measureGet(baseUrls, "/en") });

    // Answers: a warm-up run sizes the timed run so it lasts about ANSWER_SECONDS.
    const learners = { value: 0 };
    const warmupAmount = CONNECTIONS * 40;
    console.log("creating learners and quiz sessions through the API …");
    let pairs = await createAnswerTargets(server.baseUrl, { minPairs: warmupAmount * 6, random, learnerCount: learners });
    const tally = { byStatus: {}, acknowledged: new Map(), samples: [] };
    // Two warm-ups: the first warms every worker's code, the second (already warm, and
    // three times longer so that a slow second or two weighs less) measures the rate that
    // sizes the timed run to about ANSWER_SECONDS.
    const coldWarmup = await answerRun(baseUrls, pairs, 0, warmupAmount, tally);
    const warmup = await answerRun(baseUrls, pairs, warmupAmount, warmupAmount * 3, tally);
    const warmedUp = coldWarmup.used + warmup.used;
    const amount = Math.max(CONNECTIONS * 10, Math.round(warmup.result.rps * ANSWER_SECONDS));
    if (pairs.length < warmedUp + amount) {
      const more = await createAnswerTargets(server.baseUrl, { minPairs: warmedUp + amount - pairs.length, random, learnerCount: learners });
      pairs = [...pairs.slice(warmedUp), ...more];
    } else {
      pairs = pairs.slice(warmedUp);
    }
    const sessions = new Set(pairs.slice(0, amount).map((pair) => pair.sessionId)).size;
    console.log(`answering ${amount} distinct questions (${sessions} sessions, ${learners.value} learners in all) …`);
    const timed = await answerRun(baseUrls, pairs, 0, amount, tally);
    rows.push({ name: `answers POST …/answers (${CONNECTIONS} conn.)`, figures: timed.result });

    const check = await checkDatabase(databaseUrl, { acknowledged: tally.acknowledged });
    const ok200 = tally.byStatus[200] ?? 0;
    const ceiling = rows[0].figures;
    console.log(
      `\nbench:load — production build ${DIST_DIR}, ${SERVERS > 1 ? `${SERVERS} servers on one database, ` : ""}${CONNECTIONS} connections, pages ${PAGE_SECONDS} s each, answers ${timed.result.seconds.toFixed(1)} s (after warm-ups of ${coldWarmup.used} and ${warmup.used} answers)`,
    );
    console.log(table(rows, ceiling));
    const statusLine = Object.entries(tally.byStatus)
      .map(([status, count]) => `${status}: ${count}`)
      .join(", ");
    console.log(
      `\nanswer responses by status (warm-up + timed): ${statusLine}; errors ${coldWarmup.result.errors + warmup.result.errors + timed.result.errors}, timeouts ${coldWarmup.result.timeouts + warmup.result.timeouts + timed.result.timeouts}`,
    );
    console.log(
      `Answer rows in the database: ${check.counts.answers} — 200 responses: ${ok200} — ${check.counts.answers === ok200 ? "equal: nothing lost, nothing doubled" : "MISMATCH"}`,
    );
    console.log(`cards ${check.counts.cards}, sessions ${check.counts.sessions}, learners ${check.counts.learners}, integrity_check ${check.integrity}`);
    for (const sample of tally.samples) console.log(`  non-200 sample: ${sample}`);

    const problems = [...check.problems];
    if (check.counts.answers !== ok200) problems.push(`Answer rows ${check.counts.answers} ≠ 200 responses ${ok200}`);
    if (ok200 !== warmedUp + amount) problems.push(`${warmedUp + amount - ok200} answer requests did not get a 200`);
    for (const problem of problems) console.log(`✗ ${problem}`);
    failed = problems.length > 0;

    const misses = [];
    for (const row of rows.slice(1, 3)) if (row.figures.rps / ceiling.rps < TARGETS.page) misses.push(`${row.name} ratio < ${TARGETS.page}`);
    if (timed.result.rps / ceiling.rps < TARGETS.answers) misses.push(`answers ratio < ${TARGETS.answers}`);
    if (timed.result.p99 >= TARGETS.answersP99Ms) misses.push(`answers p99 ≥ ${TARGETS.answersP99Ms} ms`);
    console.log(
      misses.length === 0
        ? `targets met: pages ≥ ${TARGETS.page}, answers ≥ ${TARGETS.answers} with p99 < ${TARGETS.answersP99Ms} ms`
        : `targets missed: ${misses.join("; ")}`,
    );
  } finally {
    for (const server of servers) await server.stop();
    rmSync(tempDir, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
