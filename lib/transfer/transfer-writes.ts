import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { asDate, asDateOrNull, database } from "@/lib/database";
import { generateTransferCode, transferCodeExpiry, transferCodeState } from "./transfer-code";

// Transfer codes in the database. Only a code's SHA-256 is stored, so the table does not
// hold working codes; the code itself is shown once, to the learner who made it. Each
// write is one transaction (lib/database): a code is checked and marked used with nothing
// in between.

function hashOf(code: string): string {
  return createHash("sha256").update(code).digest("hex");
}

export type CreatedTransferCode = { code: string; expiresAt: Date };

/**
 * A new code for the learner. Any code of theirs not yet used stops working: only the
 * latest one continues them elsewhere.
 */
export async function createTransferCode(learnerId: string, now: Date): Promise<CreatedTransferCode> {
  const expiresAt = transferCodeExpiry(now);
  return database().transaction(async (tx) => {
    await tx.lock(learnerId);
    await tx.run(`DELETE FROM "TransferCode" WHERE "learnerId" = ? AND "usedAt" IS NULL`, [learnerId]);
    for (;;) {
      const code = generateTransferCode(randomBytes);
      // A clash with a stored code (about one in a trillion) draws again.
      const inserted = await tx.run(
        `INSERT INTO "TransferCode" ("codeHash", "learnerId", "createdAt", "expiresAt") VALUES (?, ?, ?, ?) ON CONFLICT ("codeHash") DO NOTHING`,
        [hashOf(code), learnerId, now, expiresAt],
      );
      if (inserted === 1) return { code, expiresAt };
    }
  });
}

export type RedeemResult = { ok: true; learnerId: string } | { ok: false; reason: "unknown" | "used" | "expired" };

/** Uses a code (in canonical form) once: the learner it continues, or why it cannot. */
export async function redeemTransferCode(code: string, now: Date): Promise<RedeemResult> {
  const codeHash = hashOf(code);
  return database().transaction(async (tx): Promise<RedeemResult> => {
    await tx.lock(`transfer:${codeHash}`);
    const row = await tx.get<{ learnerId: string; expiresAt: unknown; usedAt: unknown }>(
      `SELECT "learnerId", "expiresAt", "usedAt" FROM "TransferCode" WHERE "codeHash" = ?`,
      [codeHash],
    );
    if (!row) return { ok: false, reason: "unknown" };
    const state = transferCodeState({ expiresAt: asDate(row.expiresAt), usedAt: asDateOrNull(row.usedAt) }, now);
    if (state !== "valid") return { ok: false, reason: state };
    await tx.run(`UPDATE "TransferCode" SET "usedAt" = ? WHERE "codeHash" = ?`, [now, codeHash]);
    return { ok: true, learnerId: row.learnerId };
  });
}
