// Profiles the answer path: starts the production server with `node --cpu-prof` (every
// worker inherits the flag), drives the bench:load answer workload for a fixed number
// of answers, stops the server politely (the profiles are written at exit) and prints
// the heaviest functions and packages by self time, per worker.
// Also prints the CPU time per answer of the server's processes and of PostgreSQL's.
//   npx tsx scripts/perf/profile-answers.mjs [--answers=N] [--dir=/tmp/prof] [--profile=0]
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { answerPath, createAnswerTargets } from "./answer-load.mjs";
import { seededRandom } from "./random.mjs";
import { ensureBuild, freePort, startServer } from "./server.mjs";
import { freshDatabase, testDatabaseUrl } from "./test-database.mjs";

const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next-perf";
const ANSWERS = Number(option("answers", 6000));
const PROFILE_DIR = option("dir", mkdtempSync(join(tmpdir(), "visit-prof-")));
// --profile=0: the same run without the profiler, for CPU figures the profiler does not inflate.
const PROFILE = option("profile", "1") !== "0";

/** CPU seconds used so far by processes named `name` (postgres), or by the server's process group. */
function cpuSeconds(match) {
  let total = 0;
  for (const pid of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const [comm, rest] = [stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")), stat.slice(stat.lastIndexOf(")") + 2).split(" ")];
      if (match(comm, rest)) total += (Number(rest[11]) + Number(rest[12])) / 100;
    } catch {
      // ended meanwhile
    }
  }
  return total;
}

function run(baseUrl, pairs) {
  let next = 0;
  return new Promise((resolve, reject) =>
    autocannon(
      {
        url: baseUrl,
        connections: 32,
        amount: pairs.length,
        timeout: 120,
        requests: [
          {
            method: "POST",
            setupRequest(request) {
              const pair = pairs[next++];
              return { ...request, path: answerPath(pair), headers: { "content-type": "application/json", cookie: pair.cookie }, body: pair.body };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
}

function summarize(file) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const gaps = profile.timeDeltas;
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (gaps[index] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map();
  const byPackage = new Map();
  for (const [id, micros] of self) {
    const { callFrame } = byId.get(id);
    const where = callFrame.url.replace(/^file:\/\//, "").replace(process.cwd() + "/", "");
    const name = `${callFrame.functionName || "(anonymous)"} ${where}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where)?.[1] ??
      (where.startsWith("node:") ? "node:" + where.slice(5).split("/")[0] : where ? where.split("/").slice(0, 2).join("/") : callFrame.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
  }
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, micros]) => `  ${((100 * micros) / total).toFixed(1).padStart(5)} %  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${name}`)
      .join("\n");
  console.log(`\n${file}: ${(total / 1e6).toFixed(1)} s sampled\nby package:\n${top(byPackage, 15)}\nby function:\n${top(byFunction, 30)}`);
}

let summary = "";

async function main() {
  ensureBuild(DIST_DIR);
  mkdirSync(PROFILE_DIR, { recursive: true });
  const tempDir = mkdtempSync(join(tmpdir(), "visit-prof-db-"));
  const databaseUrl = testDatabaseUrl("profile", tempDir);
  freshDatabase(databaseUrl);
  // Learners and sessions are made through a server that is not profiled, so the
  // profile holds the answers alone (after a warm-up of 1,000).
  const port = await freePort();
  const setup = await startServer({ distDir: DIST_DIR, databaseUrl, port });
  const pairs = await createAnswerTargets(setup.baseUrl, { minPairs: ANSWERS + 1000, random: seededRandom(1) }).finally(() => setup.stop());
  const server = await startServer({ distDir: DIST_DIR, databaseUrl, port, nodeArgs: PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : [] });
  try {
    await run(server.baseUrl, pairs.slice(0, 1000));
    const inGroup = (comm, rest) => Number(rest[2]) === server.pid;
    const isPostgres = (comm) => comm === "postgres";
    const before = { server: cpuSeconds(inGroup), postgres: cpuSeconds(isPostgres) };
    const result = await run(server.baseUrl, pairs.slice(1000, 1000 + ANSWERS));
    const used = { server: cpuSeconds(inGroup) - before.server, postgres: cpuSeconds(isPostgres) - before.postgres };
    console.log(`CPU per answer: server ${((1000 * used.server) / ANSWERS).toFixed(2)} ms, postgres ${((1000 * used.postgres) / ANSWERS).toFixed(2)} ms`);
    summary = `CPU per answer: server ${((1000 * used.server) / ANSWERS).toFixed(2)} ms, postgres ${((1000 * used.postgres) / ANSWERS).toFixed(2)} ms; ${ANSWERS} answers: ${(result.requests.total / result.duration).toFixed(0)}/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}`;
    console.log(
      `${ANSWERS} answers: ${(result.requests.total / result.duration).toFixed(0)}/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}`,
    );
  } finally {
    await server.stop();
    rmSync(tempDir, { recursive: true, force: true });
  }
  for (const file of readdirSync(PROFILE_DIR).filter((name) => name.endsWith(".cpuprofile"))) summarize(join(PROFILE_DIR, file));
  console.log(`\n${summary}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
