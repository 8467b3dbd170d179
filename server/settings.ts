import { availableParallelism } from "node:os";

// Every environment variable the production server reads, in one place, so that it can
// later be taken from the app's validated environment module instead (lib/env.ts).
export type ServerSettings = {
  /** The public port (PORT; 3000 by default). */
  port: number;
  /** The interface to listen on (all of them when absent). */
  hostname: string | undefined;
  /** Worker processes (WEB_CONCURRENCY; one per CPU by default). */
  workers: number;
  /** Next's build folder, as next.config.mjs reads it (NEXT_DIST_DIR; `.next`). */
  distDir: string;
  /** Bytes of stored pages each worker keeps in memory (PAGE_CACHE_MB; 16): at 32, a worker with 50 documents reached 205 MB under load. */
  pageCacheBytes: number;
  /** Requests one worker hands to Next at once before it sheds load (MAX_IN_FLIGHT; 128). */
  maxInFlight: number;
  /** Milliseconds of requests one event-loop turn may serve before it sheds the rest (TURN_BUDGET_MS; 500). */
  turnBudgetMs: number;
  /** Requests a turn must hold before its budget applies (TURN_MIN_REQUESTS; 32). */
  minTurnRequests: number;
};

type Env = Record<string, string | undefined>;

function positiveNumber(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

export function distDirFrom(env: Env = process.env): string {
  return env.NEXT_DIST_DIR?.trim() || ".next";
}

/** The settings from the environment, with `--port` / `--hostname` taking precedence. */
export function readSettings(env: Env = process.env, args: { port?: string; hostname?: string } = {}): ServerSettings {
  return {
    port: positiveNumber(args.port ?? env.PORT, 3000),
    hostname: args.hostname,
    workers: Math.max(1, Math.floor(positiveNumber(env.WEB_CONCURRENCY, availableParallelism()))),
    distDir: distDirFrom(env),
    pageCacheBytes: positiveNumber(env.PAGE_CACHE_MB, 16) * 1024 * 1024,
    maxInFlight: Math.floor(positiveNumber(env.MAX_IN_FLIGHT, 128)),
    turnBudgetMs: positiveNumber(env.TURN_BUDGET_MS, 500),
    minTurnRequests: Math.floor(positiveNumber(env.TURN_MIN_REQUESTS, 32)),
  };
}
