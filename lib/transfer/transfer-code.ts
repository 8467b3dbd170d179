// One-time transfer codes: pure rules, no I/O. The random source and the clock are
// passed in, so tests can pin both; the routes pass crypto's randomBytes and Date.now.

/**
 * 32 letters and digits without the look-alikes 0/O and 1/I: a byte's low five bits pick
 * one with no bias (256 is a multiple of 32), and a code read aloud or off a screen
 * is typed back without guessing.
 */
export const TRANSFER_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
/** 8 characters: 40 bits, shown as two groups of four ("ABCD-EFGH"). */
export const TRANSFER_CODE_LENGTH = 8;
/** How long a code can be redeemed after it was made. */
export const TRANSFER_CODE_TTL_MS = 10 * 60 * 1000;

const CODE = new RegExp(`^[${TRANSFER_ALPHABET}]{${TRANSFER_CODE_LENGTH}}$`);

export type RandomBytes = (size: number) => Uint8Array;

/** A new code, in its canonical form (8 characters, no separator). */
export function generateTransferCode(randomBytes: RandomBytes): string {
  const bytes = randomBytes(TRANSFER_CODE_LENGTH);
  if (bytes.length < TRANSFER_CODE_LENGTH) throw new Error("The random source returned too few bytes.");
  let code = "";
  for (let i = 0; i < TRANSFER_CODE_LENGTH; i++) code += TRANSFER_ALPHABET[bytes[i]! & 31];
  return code;
}

/** The code as shown: "ABCD-EFGH". */
export function formatTransferCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * What a person typed, in canonical form, or null when it cannot be a code. Case, spaces
 * and dashes do not matter; O and I are read as the 0 and 1 they resemble and so are refused.
 */
export function normalizeTransferCode(input: string): string | null {
  const code = input.replace(/[\s-]+/g, "").toUpperCase();
  return CODE.test(code) ? code : null;
}

export type TransferCodeState = "valid" | "used" | "expired";

/** Used first (a used code stays used), then expired: a code expires at `expiresAt` exactly. */
export function transferCodeState(code: { expiresAt: Date; usedAt: Date | null }, now: Date): TransferCodeState {
  if (code.usedAt !== null) return "used";
  return now.getTime() < code.expiresAt.getTime() ? "valid" : "expired";
}

/** When a code made at `now` expires. */
export function transferCodeExpiry(now: Date, ttlMs: number = TRANSFER_CODE_TTL_MS): Date {
  return new Date(now.getTime() + ttlMs);
}
