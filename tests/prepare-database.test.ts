import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";

// Each case starts Node processes: on a busy two-core machine one can take several seconds.
vi.setConfig({ testTimeout: 60_000 });

// The start-up preparation (lib/database/prepare.ts) as `npm start` runs it: a child
// process per case, on SQLite files in a temporary folder. Every failure must be one line
// naming the file and the cause; a kill at any moment of the first migration must leave a
// file that the next start migrates.

const dir = mkdtempSync(join(tmpdir(), "visit-prepare-"));
chmodSync(dir, 0o777);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function prepare(file: string, user?: string): { status: number | null; stdout: string; stderr: string } {
  const command = user ? "runuser" : process.execPath;
  const args = [...(user ? ["-u", user, "--", process.execPath] : []), "--import", "tsx", "scripts/prepare-database.ts"];
  const result = spawnSync(command, args, { env: { ...process.env, DATABASE_URL: `file:${file}` }, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectOneLine(file: string, cause: string): void {
  const result = prepare(file);
  expect(result.status).toBe(1);
  expect(result.stderr.trim().split("\n")).toEqual([expect.stringContaining(`${file} ${cause}`)]);
}

function tables(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((row) => row.name);
  } finally {
    db.close();
  }
}

const good = join(dir, "good.db");

describe("database preparation on SQLite", () => {
  it("creates and migrates a new file, in WAL mode, and starts at once the second time", () => {
    expect(prepare(good).stdout.trim()).toBe(`database ready: ${good}`);
    expect(tables(good)).toEqual(expect.arrayContaining(["Answer", "Card", "Learner", "QuizSession", "RateLimit", "_prisma_migrations"]));
    expect(prepare(good).status).toBe(0);
  });

  it("names a file that is not SQLite, and says how to restore it", () => {
    const random = join(dir, "random.db");
    writeFileSync(random, Buffer.from(Array.from({ length: 40_000 }, (_, i) => (i * 7919) % 256)));
    expectOneLine(random, "is not a SQLite database (restore it from a backup: npm run db:restore)");
  });

  it("names a truncated file", () => {
    const file = join(dir, "truncated.db");
    const db = new Database(file);
    db.exec("CREATE TABLE filler (x)");
    const insert = db.prepare("INSERT INTO filler VALUES (randomblob(1000))");
    for (let i = 0; i < 200; i++) insert.run();
    db.close();
    truncateSync(file, 50_000);
    expectOneLine(file, "is truncated");
  });

  it("starts after a kill mid-checkpoint: the header ahead of the file's end, the pages still in the log", () => {
    const live = join(dir, "checkpointing-live.db");
    copyFileSync(good, live);
    const db = new Database(live);
    db.pragma("journal_mode = WAL");
    db.pragma("wal_autocheckpoint = 0");
    db.exec("CREATE TABLE filler (x)");
    const insert = db.prepare("INSERT INTO filler VALUES (randomblob(1000))");
    for (let i = 0; i < 200; i++) insert.run();
    // What a SIGKILL leaves: the file and its log as they are while the connection is open
    // (on close the last connection would checkpoint and remove the log).
    const file = join(dir, "checkpointing.db");
    copyFileSync(live, file);
    copyFileSync(`${live}-wal`, `${file}-wal`);
    db.close();
    // A checkpoint writes page 1 first: its newest copy in the log goes to the file's start.
    const wal = readFileSync(`${file}-wal`);
    const pageSize = wal.readUInt32BE(8);
    let newestPageOne: Buffer | undefined;
    for (let frame = 32; frame + 24 + pageSize <= wal.length; frame += 24 + pageSize) {
      if (wal.readUInt32BE(frame) === 1) newestPageOne = wal.subarray(frame + 24, frame + 24 + pageSize);
    }
    const fd = openSync(file, "r+");
    writeSync(fd, newestPageOne!, 0, pageSize, 0);
    closeSync(fd);
    expect(newestPageOne!.readUInt32BE(28) * pageSize).toBeGreaterThan(statSync(file).size);

    const result = prepare(file);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const reopened = new Database(file, { readonly: true });
    expect(reopened.prepare("SELECT count(*) AS n FROM filler").get()).toEqual({ n: 200 });
    reopened.close();
  });

  it("finds damage inside the file at start (quick_check), not later", () => {
    const file = join(dir, "damaged.db");
    copyFileSync(good, file);
    const db = new Database(file);
    db.pragma("journal_mode = DELETE");
    db.exec("CREATE TABLE filler (x)");
    const insert = db.prepare("INSERT INTO filler VALUES (randomblob(1000))");
    for (let i = 0; i < 300; i++) insert.run();
    db.close();
    const fd = openSync(file, "r+");
    writeSync(fd, Buffer.alloc(80_000, 0xff), 0, 80_000, 4096 * 40);
    closeSync(fd);
    expectOneLine(file, "is damaged");
  });

  it("names a read-only file (checked as an unprivileged user: root may write anything)", () => {
    const file = join(dir, "readonly.db");
    copyFileSync(good, file);
    chmodSync(file, 0o444);
    const user = process.getuid?.() === 0 ? "nobody" : undefined;
    const result = prepare(file, user);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`${file} is read-only`);
  });

  it("survives a SIGKILL at any moment of the first migration: the next start migrates", async () => {
    for (const delayMs of [150, 400, 700, 1000, 1400, 1900]) {
      const file = join(dir, `killed-${delayMs}.db`);
      const child = spawn(process.execPath, ["--import", "tsx", "scripts/prepare-database.ts"], {
        env: { ...process.env, DATABASE_URL: `file:${file}` },
        stdio: "ignore",
      });
      const exited = new Promise((resolve) => child.once("exit", resolve));
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      // On a quick machine the migration may have ended before the kill: the exit has
      // then already happened, and is awaited all the same (listening from the start).
      child.kill("SIGKILL");
      await exited;
      const again = prepare(file);
      expect(again.stderr).toBe("");
      expect(again.status).toBe(0);
      expect(tables(file)).toContain("Answer");
      expect(existsSync(`${file}.migrating`)).toBe(false);
    }
  }, 60_000);

  it("refuses a url that is neither SQLite nor PostgreSQL, in one line", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/prepare-database.ts"], {
      env: { ...process.env, DATABASE_URL: "mysql://localhost/x" },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});
