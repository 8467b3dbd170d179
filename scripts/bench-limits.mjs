// `npm run bench:limits`: the server's limits under abuse, measured through `npm start`
// (so older code can be measured the same way, with --from). Prints:
// 1. another learner's API latency (GET /api/studied with their cookie, 4 connections)
//    alone, then while one client sends 1,500 junk cookies (12 KB) ten times a second;
// 2. 1,000 connections on the same API for 20 s: responses by status, how many of the
//    shed ones (429/503) carry Retry-After, and timeouts (autocannon's 10 s).
//   --from DIR  the tree to measure (default this one; it must be built)
//   --connections N (default 1000)  --duration S (default 20)
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { launchNpmStart } from "./perf/npm-start.mjs";
import { freePort } from "./perf/server.mjs";

const { values } = parseArgs({
  options: { from: { type: "string", default: "." }, connections: { type: "string", default: "1000" }, duration: { type: "string", default: "20" } },
});
const JUNK_COOKIES = Array.from({ length: 1500 }, (_, i) => `j${String(i).padStart(4, "0")}=x`).join("; ");

function cannon(options) {
  return new Promise((done, fail) => autocannon({ pipelining: 1, timeout: 10, ...options }, (error, result) => (error ? fail(error) : done(result))));
}

async function learnerCookie(baseUrl) {
  const response = await fetch(`${baseUrl}/api/quiz-sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ count: 1 }),
  });
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith("learner="));
  if (response.status !== 201 || !cookie) throw new Error(`creating a learner answered ${response.status}`);
  return cookie.split(";")[0];
}

const latency = (result) => `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${(result.requests.total / result.duration).toFixed(0)} req/s`;

async function junkCookies(baseUrl, cookie) {
  const victim = { url: `${baseUrl}/api/studied`, connections: 4, duration: 10, headers: { cookie } };
  const alone = await cannon(victim);
  const statuses = {};
  const [during, attacker] = await Promise.all([
    cannon(victim),
    cannon({
      url: `${baseUrl}/api/studied`,
      connections: 2,
      overallRate: 10,
      duration: 10,
      headers: { cookie: JUNK_COOKIES },
      requests: [{ onResponse: (status) => (statuses[status] = (statuses[status] ?? 0) + 1) }],
    }),
  ]);
  console.log(`junk cookies (1,500 cookies, ${(Buffer.byteLength(JUNK_COOKIES) / 1024).toFixed(1)} KB, 10 requests/s):`);
  console.log(`  another learner alone:          ${latency(alone)}`);
  console.log(`  another learner during the junk: ${latency(during)}`);
  console.log(
    `  junk requests answered: ${Object.entries(statuses)
      .map(([status, count]) => `${status}: ${count}`)
      .join(", ")} (p99 ${attacker.latency.p99} ms)`,
  );
}

async function manyConnections(baseUrl, cookie) {
  const connections = Number(values.connections);
  const duration = Number(values.duration);
  const statuses = {};
  let shedWithRetryAfter = 0;
  const result = await cannon({
    url: `${baseUrl}/api/studied`,
    connections,
    duration,
    headers: { cookie },
    requests: [
      {
        onResponse(status, _body, _context, headers) {
          statuses[status] = (statuses[status] ?? 0) + 1;
          const retryAfter = Object.keys(headers).some((name) => name.toLowerCase() === "retry-after");
          if ((status === 429 || status === 503) && retryAfter) shedWithRetryAfter += 1;
        },
      },
    ],
  });
  const shed = (statuses[429] ?? 0) + (statuses[503] ?? 0);
  console.log(`${connections} connections for ${duration} s on GET /api/studied:`);
  console.log(
    `  responses: ${Object.entries(statuses)
      .map(([status, count]) => `${status}: ${count}`)
      .join(", ")}; ${latency(result)}`,
  );
  console.log(`  timeouts ${result.timeouts}, errors ${result.errors}; shed (429/503) ${shed}, with Retry-After ${shedWithRetryAfter}`);
}

async function main() {
  const tree = resolve(values.from);
  console.log(
    `bench:limits from=${tree} cores=${cpus().length} load average=${loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}`,
  );
  const dataDir = mkdtempSync(join(tmpdir(), "visit-limits-"));
  const server = launchNpmStart({ cwd: tree, port: await freePort(), databaseUrl: `file:${join(dataDir, "bench.db")}` });
  try {
    await server.firstPage("/en");
    // Both workers up before the load starts.
    await new Promise((done) => setTimeout(done, 3000));
    const cookie = await learnerCookie(server.baseUrl);
    await junkCookies(server.baseUrl, cookie);
    await manyConnections(server.baseUrl, cookie);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
