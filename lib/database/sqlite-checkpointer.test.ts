import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startCheckpointer, type Checkpointer } from "./sqlite-checkpointer";

// The checkpoint thread on a real SQLite file: the app's connection never checkpoints
// here (wal_autocheckpoint = 0), so pages reach the database file only through the thread.

let dir: string;
let file: string;
let db: Database.Database;
let checkpointer: Checkpointer | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "visit-checkpointer-"));
  file = join(dir, "c.db");
  db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("wal_autocheckpoint = 0");
  db.exec("CREATE TABLE item (body TEXT)");
});

afterEach(async () => {
  await checkpointer?.stop();
  checkpointer = undefined;
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("startCheckpointer", () => {
  it("copies the WAL into the database file from its own thread, and the WAL is then reused from its start", async () => {
    const insert = db.prepare("INSERT INTO item (body) VALUES (?)");
    db.transaction(() => {
      for (let i = 0; i < 200; i++) insert.run("x".repeat(4000));
    })();
    const databaseBytes = statSync(file).size;
    const walBytes = statSync(`${file}-wal`).size;
    expect(walBytes).toBeGreaterThan(800_000);
    const failures: string[] = [];
    checkpointer = startCheckpointer(file, (reason) => failures.push(reason), 10);
    await until(() => statSync(file).size > databaseBytes + 800_000);
    // Everything copied: the next write starts the WAL over instead of growing it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    insert.run("y");
    expect(statSync(`${file}-wal`).size).toBe(walBytes);
    expect((db.prepare("SELECT COUNT(*) AS n FROM item").get() as { n: number }).n).toBe(201);
    expect(failures).toEqual([]);
  });

  it("reports a thread that cannot open the database, once", async () => {
    const failures: string[] = [];
    checkpointer = startCheckpointer(join(dir, "missing.db"), (reason) => failures.push(reason), 10);
    await until(() => failures.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/missing\.db|unable to open|does not exist/i);
  });
});
