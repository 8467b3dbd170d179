import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { postgresDatabase, numberPlaceholders } from "@/lib/database/postgres-driver";
import { asBool, asDate, pagesOf, type Database } from "@/lib/database/sql";
import { sqliteDatabase } from "@/lib/database/sqlite-driver";
import { freshDatabase } from "@/lib/database/fresh";

// Each case starts Node processes: on a busy two-core machine one can take several seconds.
vi.setConfig({ testTimeout: 60_000 });

// The data layer on a real database: SQLite always, PostgreSQL too when TEST_POSTGRES_URL
// names a server (CI starts one). Two processes writing at once is what several server
// workers do; before one data layer, one first mark in ten failed there (SQLITE_BUSY_SNAPSHOT).

const dir = mkdtempSync(join(tmpdir(), "visit-db-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const targets: [string, () => string][] = [["SQLite", () => `file:${join(dir, "app.db")}`]];
if (process.env.TEST_POSTGRES_URL) targets.push(["PostgreSQL", () => `${process.env.TEST_POSTGRES_URL!.replace(/\/+$/, "")}/visit_unit_${process.pid}`]);

function burst(url: string, count: number, tag: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/support/write-burst.mts", url, String(count), tag], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(out) as string[]) : reject(new Error(`write-burst exited ${code}`))));
  });
}

function prepare(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/prepare-database.ts"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prepare exited ${code}`))));
  });
}

function open(url: string): Database {
  return url.startsWith("file:") ? sqliteDatabase(url.slice("file:".length)) : postgresDatabase(url, 4);
}

describe.each(targets)("the data layer on %s", (_, urlOf) => {
  it("two processes writing first marks at once: every one stored, none failed", async () => {
    const url = urlOf();
    await freshDatabase(url);
    await prepare(url);
    const failures = (await Promise.all([burst(url, 300, "a"), burst(url, 300, "b")])).flat();
    expect(failures).toEqual([]);
    const db = open(url);
    try {
      const rows = await db.get<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "StudiedSection"`);
      expect(Number(rows?.n)).toBe(600);
    } finally {
      await db.close();
    }
  }, 120_000);

  it("rolls a failed transaction back whole: no learner without its write", async () => {
    const db = open(urlOf());
    try {
      await expect(
        db.transaction(async (tx) => {
          await tx.run(`INSERT INTO "Learner" ("id", "createdAt") VALUES (?, ?)`, ["orphan".padEnd(43, "x"), new Date()]);
          await tx.run(`INSERT INTO "StudiedSection" ("learnerId", "sectionId", "studiedAt") VALUES (?, ?, ?)`, [
            "missing".padEnd(43, "x"),
            "set:a",
            new Date(),
          ]);
        }),
      ).rejects.toThrow();
      expect(await db.get(`SELECT "id" FROM "Learner" WHERE "id" = ?`, ["orphan".padEnd(43, "x")])).toBeUndefined();
    } finally {
      await db.close();
    }
  });

  it("reads dates and booleans back the same on either database, and pages in order", async () => {
    const db = open(urlOf());
    const when = new Date("2026-03-01T10:20:30.456Z");
    try {
      const id = "dates".padEnd(43, "x");
      await db.transaction(async (tx) => {
        await tx.run(`INSERT INTO "Learner" ("id", "createdAt") VALUES (?, ?)`, [id, when]);
        await tx.run(`INSERT INTO "QuizSession" ("id", "learnerId", "mode", "questionIds", "createdAt") VALUES (?, ?, 'choice', '[]', ?)`, ["s1", id, when]);
        for (let i = 0; i < 7; i++) {
          await tx.run(
            `INSERT INTO "Answer" ("sessionId", "learnerId", "questionId", "sectionId", "kind", "given", "correct", "answeredAt") VALUES ('s1', ?, ?, 'set:a', 'date', 'x', ?, ?)`,
            [id, `q${i}`, i % 2 === 0, new Date(when.getTime() + i)],
          );
        }
      });
      const row = await db.get<{ createdAt: unknown }>(`SELECT "createdAt" FROM "Learner" WHERE "id" = ?`, [id]);
      expect(asDate(row!.createdAt).toISOString()).toBe(when.toISOString());
      const pages: boolean[][] = [];
      for await (const page of pagesOf<{ correct: unknown }>(db, `SELECT "correct" FROM "Answer" WHERE "learnerId" = ? ORDER BY "answeredAt"`, [id], 3)) {
        pages.push(page.map((answer) => asBool(answer.correct)));
      }
      expect(pages).toEqual([[true, false, true], [false, true, false], [true]]);
    } finally {
      await db.close();
    }
  });

  it("writes kept for the commit land with it, exactly as given, and a failing one stores nothing", async () => {
    const db = open(urlOf());
    const when = new Date("2026-03-02T01:02:03.004Z");
    // Quotes, a backslash, a comment opener, a placeholder sign, Chinese: the values of the
    // writes sent with the COMMIT are written into it as literals on PostgreSQL.
    const given = `it's \\ "quoted" -- not a comment; ? 第四次 '); DROP TABLE "Answer"; --`;
    try {
      const id = "commit".padEnd(43, "x");
      await db.transaction(async (tx) => {
        await tx.lock(id);
        tx.runAtCommit(`INSERT INTO "Learner" ("id", "createdAt") VALUES (?, ?)`, [id, when]);
        tx.runAtCommit(`INSERT INTO "QuizSession" ("id", "learnerId", "mode", "questionIds", "createdAt") VALUES (?, ?, 'choice', '[]', ?)`, ["s2", id, when]);
        tx.runAtCommit(
          `INSERT INTO "Answer" ("sessionId", "learnerId", "questionId", "sectionId", "kind", "given", "correct", "answeredAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          ["s2", id, "q1", "set:a", "date", given, false, when],
        );
        tx.runAtCommit(
          `INSERT INTO "Card" ("learnerId", "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [id, "q1", when, -0.25, 1e-7, 0, -3, 0, 1, 0, 1],
        );
      });
      const answer = await db.get<{ given: string; correct: unknown; answeredAt: unknown }>(
        `SELECT "given", "correct", "answeredAt" FROM "Answer" WHERE "learnerId" = ?`,
        [id],
      );
      expect(answer?.given).toBe(given);
      expect(asBool(answer?.correct)).toBe(false);
      expect(asDate(answer?.answeredAt).toISOString()).toBe(when.toISOString());
      const card = await db.get<{ stability: unknown; difficulty: unknown; scheduledDays: unknown }>(
        `SELECT "stability", "difficulty", "scheduledDays" FROM "Card" WHERE "learnerId" = ?`,
        [id],
      );
      expect([Number(card?.stability), Number(card?.difficulty), Number(card?.scheduledDays)]).toEqual([-0.25, 1e-7, -3]);

      const other = "failing".padEnd(43, "x");
      await expect(
        db.transaction(async (tx) => {
          await tx.lock(other);
          tx.runAtCommit(`INSERT INTO "Learner" ("id", "createdAt") VALUES (?, ?)`, [other, when]);
          tx.runAtCommit(`INSERT INTO "StudiedSection" ("learnerId", "sectionId", "studiedAt") VALUES (?, ?, ?)`, ["nobody".padEnd(43, "x"), "set:a", when]);
        }),
      ).rejects.toThrow();
      expect(await db.get(`SELECT "id" FROM "Learner" WHERE "id" = ?`, [other])).toBeUndefined();
    } finally {
      await db.close();
    }
  });
  it("holds a lock asked for before the first statement when that statement runs, which sees what the holder committed", async () => {
    // On PostgreSQL the lock goes with the transaction's first statement (one round trip),
    // which runs once the lock is held and reads with its own snapshot (READ COMMITTED).
    const db = open(urlOf());
    const id = "locked".padEnd(43, "x");
    try {
      await db.run(`INSERT INTO "Learner" ("id", "createdAt") VALUES (?, ?)`, [id, new Date()]);
      let holding!: () => void;
      const isHolding = new Promise<void>((resolve) => (holding = resolve));
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const first = db.transaction(async (tx) => {
        await tx.lock(id);
        await tx.get(`SELECT "id" FROM "Learner" WHERE "id" = ?`, [id]);
        holding();
        await released;
        return tx.run(`INSERT INTO "StudiedSection" ("learnerId", "sectionId", "studiedAt") VALUES (?, ?, ?)`, [id, "set:lock", new Date()]);
      });
      await isHolding;
      const second = db.transaction(async (tx) => {
        await tx.lock(id);
        const row = await tx.get<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "StudiedSection" WHERE "learnerId" = ?`, [id]);
        return Number(row?.n);
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      release();
      expect(await first).toBe(1);
      expect(await second).toBe(1);
      // A first statement's count, again and again on the pool's connections (each prepares it once).
      for (let i = 0; i < 6; i++) {
        const updated = await db.transaction((tx) =>
          tx.run(`UPDATE "StudiedSection" SET "studiedAt" = ? WHERE "learnerId" = ? AND "sectionId" = ?`, [new Date(), id, "set:lock"]),
        );
        expect(updated).toBe(1);
      }
    } finally {
      await db.close();
    }
  });
});

describe("PostgreSQL placeholders", () => {
  it("numbers the app's ? placeholders in order", () => {
    expect(numberPlaceholders(`SELECT 1 FROM "A" WHERE "x" = ? AND "y" IN (?, ?)`)).toBe(`SELECT 1 FROM "A" WHERE "x" = $1 AND "y" IN ($2, $3)`);
  });
});
