// Which worker serves a load: starts the production server, drives `GET path` with
// autocannon (32 connections, a few runs) and prints each worker's CPU seconds per run.
import { readFileSync, readdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { freePort, startServer } from "./server.mjs";
import { freshDatabase, testDatabaseUrl } from "./test-database.mjs";

const cpuOf = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const childrenOf = (pid) =>
  readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        return readFileSync(`/proc/${name}/stat`, "utf8").split(") ")[1].split(" ")[1] === String(pid);
      } catch {
        return false;
      }
    })
    .map(Number);

const tempDir = mkdtempSync(join(tmpdir(), "visit-share-"));
const databaseUrl = testDatabaseUrl("share", tempDir);
freshDatabase(databaseUrl);
const server = await startServer({ distDir: process.env.NEXT_DIST_DIR || ".next-perf", databaseUrl, port: await freePort() });
try {
  const workers = childrenOf(server.pid);
  for (let run = 0; run < 4; run++) {
    const before = workers.map(cpuOf);
    const result = await autocannon({ url: `${server.baseUrl}${process.argv[2] ?? "/api/studied"}`, connections: 32, duration: 3 });
    const used = workers.map((pid, i) => (cpuOf(pid) - before[i]).toFixed(2));
    console.log(`run ${run}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms, worker CPU s: ${used.join(" / ")}`);
  }
} finally {
  await server.stop();
  rmSync(tempDir, { recursive: true, force: true });
}
