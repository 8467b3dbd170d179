// The production server (`npm start` runs it; so do bench:load, test:crash and audit).
// One worker process per CPU, each running Next's request handler behind a front cache
// of prerendered pages (serve/worker.mjs); this primary process only starts, restarts
// and stops them. Why workers: a Next.js server uses one core, and on these two-core
// machines the answer load needs both to keep its p99 under 100 ms (README, Performance).
// The workers share the SQLite database, which WAL mode and short write transactions
// make safe across processes (lib/progress/sqlite.ts).
//   --port N (or PORT; default 3000), --hostname H (default all interfaces),
//   WEB_CONCURRENCY (workers; default the CPU count), NEXT_DIST_DIR as in next.config.mjs.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";

const { values: options } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(options.port || process.env.PORT || 3000);
const hostname = options.hostname;
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY) || availableParallelism());

if (cluster.isPrimary && workers > 1) {
  const { runPrimary } = await import("./serve/primary.mjs");
  runPrimary({ workers });
} else {
  const { runWorker } = await import("./serve/worker.mjs");
  await runWorker({ port, hostname });
}
