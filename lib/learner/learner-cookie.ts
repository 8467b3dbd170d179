import "server-only";
import type { NextRequest, NextResponse } from "next/server";
import { db } from "@/lib/db";
import { isLearnerId, newLearnerId } from "./learner-id";

// The anonymous learner travels in one cookie. httpOnly keeps it from scripts,
// SameSite=Lax from cross-site posts, Secure whenever the app is served over HTTPS.
export const LEARNER_COOKIE = "learner";
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** The learner id in the cookie if it is well-formed; never touches the database. */
export function readLearnerId(request: NextRequest): string | null {
  const value = request.cookies.get(LEARNER_COOKIE)?.value;
  return isLearnerId(value) ? value : null;
}

/** The learner id in the cookie if it names a learner that exists. */
export async function findLearnerId(request: NextRequest): Promise<string | null> {
  const id = readLearnerId(request);
  if (!id) return null;
  const learner = await db.learner.findUnique({ where: { id }, select: { id: true } });
  return learner?.id ?? null;
}

export type EnsuredLearner = { id: string; created: boolean };

/**
 * The learner for a write: the existing one, or a new one with a fresh id (a cookie
 * naming no learner is never adopted, so an id cannot be chosen by the client).
 * Call only after the request has been validated, so a rejected request stores nothing.
 */
export async function ensureLearner(request: NextRequest): Promise<EnsuredLearner> {
  const existing = await findLearnerId(request);
  if (existing) return { id: existing, created: false };
  const learner = await db.learner.create({ data: { id: newLearnerId() }, select: { id: true } });
  return { id: learner.id, created: true };
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
