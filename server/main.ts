// The production server (`npm start` runs it through start.ts; so do bench:load,
// test:crash and audit). One worker process per CPU, each running Next's request handler
// behind guards and a front cache of prerendered pages (worker.ts); this primary process
// only starts, replaces and stops them. Why workers: a Next.js server uses one core, and
// on these two-core machines the answer load needs both to keep its p99 under 100 ms
// (README, Performance). The workers share the SQLite database, which WAL mode and short
// write transactions make safe across processes (lib/progress/sqlite.ts).
//   node .server-build/main.js [--port N] [--hostname H] [--hold]; settings.ts lists the
//   environment. --hold: listen only once the parent says the database is ready (start-gate.ts).
import cluster from "node:cluster";
import { parseArgs } from "node:util";
import { checkRouterHeaders, readBuildId, readSecurityHeaders } from "./next-contract";
import { openPageStore } from "./page-cache/page-store";
import { runPrimary } from "./primary";
import { databaseReady } from "./start-gate";
import { readSettings, type ServerSettings } from "./settings";
import { runWorker } from "./worker";

/** The self-check and what the workers need from the build; throws with one line when the build does not fit. */
function loadBuild(settings: ServerSettings) {
  checkRouterHeaders();
  const buildId = readBuildId(settings.distDir);
  return { securityHeaders: readSecurityHeaders(settings.distDir), pages: openPageStore(settings.distDir, buildId, settings.pageCacheBytes) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" }, hold: { type: "boolean", default: false } },
  });
  // Listened for before anything is awaited, so the go message cannot arrive unheard. A
  // worker inherits the primary's arguments, so for it the primary says (SERVER_HOLD).
  const hold = cluster.isPrimary ? values.hold : process.env.SERVER_HOLD === "1";
  const gate = hold ? databaseReady() : Promise.resolve();
  const settings = readSettings(process.env, { port: values.port, hostname: values.hostname });
  let build: ReturnType<typeof loadBuild>;
  try {
    // The primary checks before forking, so a mismatch is one line and no worker starts.
    build = loadBuild(settings);
  } catch (error) {
    console.error(`server self-check failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  if (cluster.isPrimary && settings.workers > 1) runPrimary({ workers: settings.workers, gate });
  else await runWorker({ settings, ...build, gate });
}

main().catch((error: unknown) => {
  console.error("server failed to start", error);
  process.exit(1);
});
