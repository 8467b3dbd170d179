import { randomBytes } from "node:crypto";

// 32 random bytes (256 bits) from the OS's CSPRNG, base64url: not guessable, and a
// fixed format so a forged or garbage cookie is recognised before any database access.
const LEARNER_ID = /^[A-Za-z0-9_-]{43}$/;
export const LEARNER_COOKIE = "learner";

export function newLearnerId(): string {
  return randomBytes(32).toString("base64url");
}

export function isLearnerId(value: unknown): value is string {
  return typeof value === "string" && LEARNER_ID.test(value);
}

/**
 * The learner id in a Cookie header, read the same way by both routers: the first
 * `learner` cookie counts (browsers send the most specific and oldest first, which is
 * this app's own), and only if it is well-formed. Next's App Router parser keeps the
 * last duplicate and the Pages Router's the first, so neither is used. Linear in the
 * header's length.
 */
export function learnerIdFromCookieHeader(header: string | null | undefined): string | null {
  if (!header) return null;
  for (const pair of header.split(";")) {
    const equals = pair.indexOf("=");
    if (equals < 0 || pair.slice(0, equals).trim() !== LEARNER_COOKIE) continue;
    const value = pair.slice(equals + 1).trim();
    return isLearnerId(value) ? value : null;
  }
  return null;
}
