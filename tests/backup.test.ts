import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";

// Each case starts Node processes: on a busy two-core machine one can take several seconds.
vi.setConfig({ testTimeout: 60_000 });

// `npm run db:backup` while another process keeps writing, then `npm run db:restore` of
// that backup: the backup is a consistent database (quick_check) holding the rows
// committed before it, and the restore brings back exactly those.

const dir = mkdtempSync(join(tmpdir(), "visit-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], url: string) {
  return spawnSync(process.execPath, ["--import", "tsx", ...args], {
    env: { ...process.env, DATABASE_URL: url, DATABASE_BACKUP_DIR: join(dir, "backups") },
    encoding: "utf8",
  });
}

const count = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return Number((db.prepare(`SELECT COUNT(*) AS n FROM "Learner"`).get() as { n: number }).n);
  } finally {
    db.close();
  }
};

// A writer in its own process: one learner per transaction, as fast as it can.
const WRITER = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1], { timeout: 5000 });
db.pragma("journal_mode = WAL");
const insert = db.prepare('INSERT INTO "Learner" ("id", "createdAt") VALUES (?, ?)');
let n = 0;
const end = Date.now() + 4000;
while (Date.now() < end) insert.run("learner-" + n++, new Date().toISOString());
`;

describe("db:backup and db:restore on SQLite", () => {
  it("backs up under concurrent writes and restores exactly the backup", async () => {
    const file = join(dir, "app.db");
    const url = `file:${file}`;
    expect(cli(["scripts/prepare-database.ts"], url).status).toBe(0);
    const writer = spawn(process.execPath, ["-e", WRITER, file], { stdio: "ignore" });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const backup = cli(["scripts/database-backup.ts", "backup"], url);
    const exited = new Promise((resolve) => writer.once("exit", resolve));
    await exited;
    expect(backup.stderr).toBe("");
    const target = /backup written: (.+)/.exec(backup.stdout)?.[1];
    expect(target).toBeDefined();
    const backedUp = count(target!);
    expect(backedUp).toBeGreaterThan(0);
    const live = count(file);
    expect(live).toBeGreaterThan(backedUp);
    const check = new Database(target!, { readonly: true });
    expect(check.pragma("quick_check", { simple: true })).toBe("ok");
    check.close();

    const restored = cli(["scripts/database-backup.ts", "restore", target!], url);
    expect(restored.stderr).toBe("");
    expect(restored.stdout.trim()).toBe(`restored from ${target}`);
    expect(count(file)).toBe(backedUp);
  }, 60_000);

  it("refuses to restore a file that is not a backup, in one line", () => {
    const bogus = join(dir, "bogus.db");
    spawnSync("sh", ["-c", `echo not a database > ${bogus}`]);
    const result = cli(["scripts/database-backup.ts", "restore", bogus], `file:${join(dir, "other.db")}`);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`${bogus} is not a SQLite database: choose another backup`);
  });
});
