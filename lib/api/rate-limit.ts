import "server-only";
import { createHash } from "node:crypto";
import type { NextResponse } from "next/server";
import { RateLimiterPostgres, RateLimiterRes, RateLimiterSQLite, type RateLimiterAbstract } from "rate-limiter-flexible";
import { database } from "@/lib/database";
import { apiError, type ApiErrorBody, type HeaderSource } from "./errors";
import { RATE_LIMITS, retryAfterSeconds, type RateLimitName } from "./rate-limit-rules";

// Rate limits with rate-limiter-flexible, its counters in the app's own database (table
// "RateLimit", made by the migrations), so every server process and every machine counts
// against one budget; an in-memory counter would give each process its own. Keys hold
// a SHA-256 of the address or learner id, not the value itself.

export type RateLimitKey = { limit: RateLimitName; key: string };
export type RateLimited = { retryAfterMs: number };

const TABLE = "RateLimit";
// Multiplies every budget: load tests drive thousands of learners from one address
// (scripts/perf/server.mjs sets it); 1, the default, everywhere else.
const SCALE = Math.max(1, Number(process.env.RATE_LIMIT_SCALE) || 1);
const BUSY_RETRIES = 200;
const globalForLimiters = globalThis as unknown as { rateLimiters?: Map<RateLimitName, RateLimiterAbstract> };

function limiter(name: RateLimitName): RateLimiterAbstract {
  const limiters = (globalForLimiters.rateLimiters ??= new Map());
  let found = limiters.get(name);
  if (!found) {
    const rule = RATE_LIMITS[name];
    const points = rule.points * SCALE;
    // Once over its budget, a key is refused from this process's memory until its window
    // ends: a flood costs no database write per request.
    const options = { keyPrefix: name, points, duration: rule.windowSeconds, tableName: TABLE, tableCreated: true, inMemoryBlockOnConsumed: points + 1 };
    const store = database().store;
    found =
      store.kind === "postgresql"
        ? new RateLimiterPostgres({ ...options, storeClient: store.pool, clearExpiredByTimeout: true })
        : new RateLimiterSQLite({ ...options, storeClient: store.connection(), storeType: "better-sqlite3", clearExpiredByTimeout: true });
    limiters.set(name, found);
  }
  return found;
}

function hashed(key: string): string {
  return createHash("sha256").update(key).digest("base64url");
}

/**
 * Consumes a point: null when allowed, else how long to wait. A busy SQLite lock (another
 * process's write) is waited out asynchronously.
 */
async function consume(name: RateLimitName, key: string): Promise<number | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      await limiter(name).consume(hashed(key));
      return null;
    } catch (outcome) {
      // Refused: over the budget, from the store or from the in-memory block.
      if (outcome instanceof RateLimiterRes) return Math.max(1, outcome.msBeforeNext);
      const busy = outcome instanceof Error && /SQLITE_BUSY|database is locked/i.test(`${(outcome as { code?: string }).code} ${outcome.message}`);
      if (!busy || attempt >= BUSY_RETRIES) throw outcome;
      await new Promise((resolve) => setTimeout(resolve, Math.min(1 + attempt, 20)));
    }
  }
}

/** Takes one point from each key; null when all allow the request, else how long to wait. */
export async function takeRateLimit(keys: readonly RateLimitKey[]): Promise<RateLimited | null> {
  let wait = 0;
  for (const { limit, key } of keys) {
    const refused = await consume(limit, key);
    if (refused !== null) wait = Math.max(wait, refused);
  }
  return wait > 0 ? { retryAfterMs: wait } : null;
}

/** 429 in the API's error shape, with Retry-After in seconds. */
export function rateLimitedResponse(request: HeaderSource, limited: RateLimited): NextResponse<ApiErrorBody> {
  const seconds = retryAfterSeconds(limited.retryAfterMs);
  const response = apiError(request, 429, "rate_limited", { seconds });
  response.headers.set("Retry-After", String(seconds));
  return response;
}
