import { describe, expect, it } from "vitest";
import { mulberry32 } from "@/lib/random";
import {
  formatTransferCode,
  generateTransferCode,
  normalizeTransferCode,
  TRANSFER_ALPHABET,
  TRANSFER_CODE_LENGTH,
  TRANSFER_CODE_TTL_MS,
  transferCodeExpiry,
  transferCodeState,
} from "./transfer-code";

/** A seeded stand-in for crypto's randomBytes. */
function seededBytes(seed: number) {
  const random = mulberry32(seed);
  return (size: number) => Uint8Array.from({ length: size }, () => Math.floor(random() * 256));
}

describe("generateTransferCode", () => {
  it("maps each byte's low five bits to the alphabet", () => {
    expect(generateTransferCode(() => Uint8Array.from([0, 1, 2, 31, 32, 63, 255, 200]))).toBe("234Z2ZZA");
  });

  it("is the same for the same random bytes and differs for others", () => {
    expect(generateTransferCode(seededBytes(7))).toBe(generateTransferCode(seededBytes(7)));
    expect(generateTransferCode(seededBytes(7))).not.toBe(generateTransferCode(seededBytes(8)));
  });

  it("makes short codes of the alphabet only, which normalise to themselves", () => {
    const next = seededBytes(42);
    const codes = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const code = generateTransferCode(next);
      expect(code).toHaveLength(TRANSFER_CODE_LENGTH);
      expect([...code].every((c) => TRANSFER_ALPHABET.includes(c))).toBe(true);
      expect(normalizeTransferCode(code)).toBe(code);
      codes.add(code);
    }
    expect(codes.size).toBe(500);
  });

  it("refuses a random source that returns too few bytes", () => {
    expect(() => generateTransferCode(() => new Uint8Array(3))).toThrow();
  });

  it("has no look-alike characters", () => {
    expect(TRANSFER_ALPHABET).toHaveLength(32);
    for (const c of "01IO") expect(TRANSFER_ALPHABET).not.toContain(c);
  });
});

describe("normalizeTransferCode and formatTransferCode", () => {
  it("ignores case, spaces and dashes", () => {
    expect(normalizeTransferCode(" abcd-efgh ")).toBe("ABCDEFGH");
    expect(normalizeTransferCode("AB CD EF GH")).toBe("ABCDEFGH");
    expect(formatTransferCode("ABCDEFGH")).toBe("ABCD-EFGH");
    expect(normalizeTransferCode(formatTransferCode("ABCDEFGH"))).toBe("ABCDEFGH");
  });

  it("refuses what cannot be a code", () => {
    for (const input of ["", "ABCDEFG", "ABCDEFGHJ", "ABCD-EFG0", "OOOOIIII", "ABCD_EFGH", "ÄBCDEFGH"]) {
      expect(normalizeTransferCode(input), input).toBeNull();
    }
  });
});

describe("expiry rules", () => {
  const made = new Date("2026-12-01T10:00:00Z");
  const expiresAt = transferCodeExpiry(made);

  it("expires ten minutes after it was made", () => {
    expect(TRANSFER_CODE_TTL_MS).toBe(600_000);
    expect(expiresAt.toISOString()).toBe("2026-12-01T10:10:00.000Z");
    expect(transferCodeExpiry(made, 1_000).toISOString()).toBe("2026-12-01T10:00:01.000Z");
  });

  it("is valid until the expiry instant, expired from it on", () => {
    expect(transferCodeState({ expiresAt, usedAt: null }, made)).toBe("valid");
    expect(transferCodeState({ expiresAt, usedAt: null }, new Date(expiresAt.getTime() - 1))).toBe("valid");
    expect(transferCodeState({ expiresAt, usedAt: null }, expiresAt)).toBe("expired");
    expect(transferCodeState({ expiresAt, usedAt: null }, new Date(expiresAt.getTime() + 60_000))).toBe("expired");
  });

  it("stays used once used, expired or not", () => {
    const usedAt = new Date(made.getTime() + 1_000);
    expect(transferCodeState({ expiresAt, usedAt }, usedAt)).toBe("used");
    expect(transferCodeState({ expiresAt, usedAt }, new Date(expiresAt.getTime() + 1))).toBe("used");
  });
});
