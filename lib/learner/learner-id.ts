import { randomBytes } from "node:crypto";

// 32 random bytes (256 bits) from the OS's CSPRNG, base64url: not guessable, and a
// fixed format so a forged or garbage cookie is recognised before any database access.
const LEARNER_ID = /^[A-Za-z0-9_-]{43}$/;

export function newLearnerId(): string {
  return randomBytes(32).toString("base64url");
}

export function isLearnerId(value: unknown): value is string {
  return typeof value === "string" && LEARNER_ID.test(value);
}
