import "server-only";
import { createHash } from "node:crypto";
import type { NextResponse } from "next/server";
import { writeTransaction, toSqlDate, fromSqlDate } from "@/lib/progress/sqlite";
import { apiError, type ApiErrorBody, type HeaderSource } from "./errors";
import { RATE_LIMITS, retryAfterSeconds, takePoint, type RateLimitName } from "./rate-limit-rules";

// Rate limits kept in the database, so every server process (one per core) counts
// against the same budget; an in-memory counter would give each process its own.
// The counters' keys hold a SHA-256 of the address or learner id, not the value itself.
// One synchronous better-sqlite3 transaction takes a point from every key at once.

export type RateLimitKey = { limit: RateLimitName; key: string };
export type RateLimited = { retryAfterMs: number };

function counterKey({ limit, key }: RateLimitKey): string {
  return `${limit}:${createHash("sha256").update(key).digest("base64url")}`;
}

/** Takes one point from each key; null when all allow the request, else how long to wait. */
export async function takeRateLimit(keys: readonly RateLimitKey[], now: Date = new Date()): Promise<RateLimited | null> {
  return writeTransaction((sql) => {
    let wait = 0;
    for (const key of keys) {
      const id = counterKey(key);
      const row = sql.prepare(`SELECT points, expiresAt FROM "RateLimitCounter" WHERE key = ?`).get(id) as
        | { points: number; expiresAt: string | number }
        | undefined;
      const counter = row ? { points: Number(row.points), expiresAt: fromSqlDate(row.expiresAt)!.getTime() } : null;
      const taken = takePoint(counter, RATE_LIMITS[key.limit], now.getTime());
      sql
        .prepare(
          `INSERT INTO "RateLimitCounter" (key, points, expiresAt) VALUES (?, ?, ?)
           ON CONFLICT (key) DO UPDATE SET points = excluded.points, expiresAt = excluded.expiresAt`,
        )
        .run(id, taken.counter.points, toSqlDate(new Date(taken.counter.expiresAt)));
      if (!taken.allowed) wait = Math.max(wait, taken.retryAfterMs);
    }
    // Counters whose window closed over an hour ago are dropped, so the table stays small.
    sql.prepare(`DELETE FROM "RateLimitCounter" WHERE expiresAt < ?`).run(toSqlDate(new Date(now.getTime() - 60 * 60_000)));
    return wait > 0 ? { retryAfterMs: wait } : null;
  });
}

/** 429 in the API's error shape, with Retry-After in seconds. */
export function rateLimitedResponse(request: HeaderSource, limited: RateLimited): NextResponse<ApiErrorBody> {
  const seconds = retryAfterSeconds(limited.retryAfterMs);
  const response = apiError(request, 429, "rate_limited", { seconds });
  response.headers.set("Retry-After", String(seconds));
  return response;
}
