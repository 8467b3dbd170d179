import "server-only";
import type { NextRequest, NextResponse } from "next/server";
import type { Sql } from "@/lib/database";
import { LEARNER_COOKIE, learnerIdFromCookieHeader, newLearnerId } from "./learner-id";

// The anonymous learner travels in one cookie. httpOnly keeps it from scripts,
// SameSite=Lax from cross-site posts, Secure whenever the app is served over HTTPS.
export { LEARNER_COOKIE };
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** The learner id in the cookie if it is well-formed; never touches the database. */
export function readLearnerId(request: { headers: Headers }): string | null {
  return learnerIdFromCookieHeader(request.headers.get("cookie"));
}

/** The id if it names a learner that exists. */
export async function existingLearnerId(sql: Sql, id: string | null): Promise<string | null> {
  if (!id) return null;
  const row = await sql.get<{ id: string }>(`SELECT "id" FROM "Learner" WHERE "id" = ?`, [id]);
  return row?.id ?? null;
}

/** The cookie's learner if it exists. */
export async function findLearnerId(sql: Sql, request: { headers: Headers }): Promise<string | null> {
  return existingLearnerId(sql, readLearnerId(request));
}

export type EnsuredLearner = { id: string; created: boolean };

/**
 * The learner for a write, inside the write's own transaction: the existing one, or a
 * new one with a fresh id (a cookie naming no learner is never adopted, so an id cannot
 * be chosen by the client). Created in the same transaction as what it writes, so a
 * write that fails leaves no learner behind.
 */
export async function ensureLearner(tx: Sql, request: { headers: Headers }): Promise<EnsuredLearner> {
  const existing = await findLearnerId(tx, request);
  if (existing) {
    // The learner's writes run one at a time (see Sql.lock).
    await tx.lock(existing);
    return { id: existing, created: false };
  }
  const id = newLearnerId();
  await tx.run(`INSERT INTO "Learner" ("id", "createdAt") VALUES (?, ?)`, [id, new Date()]);
  return { id, created: true };
}

/** Sets the cookie on a response when the learner was just created. */
export function withLearnerCookie<T extends NextResponse>(response: T, request: NextRequest, learner: EnsuredLearner): T {
  if (!learner.created) return response;
  return setLearnerCookie(response, request, learner.id);
}

/** Makes this browser the given learner (a redeemed transfer code), whoever it was before. */
export function setLearnerCookie<T extends NextResponse>(response: T, request: NextRequest, learnerId: string): T {
  response.cookies.set(LEARNER_COOKIE, learnerId, {
    httpOnly: true,
    sameSite: "lax",
    secure: isHttps(request),
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
  });
  return response;
}

function isHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return (forwarded ?? request.nextUrl.protocol.replace(":", "")) === "https";
}
