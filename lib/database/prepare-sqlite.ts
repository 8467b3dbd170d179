import { closeSync, constants, existsSync, accessSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, relative } from "node:path";
import Database from "better-sqlite3";
import { migrationNames, runPrisma } from "./migrations";
import { DatabaseProblem, RESTORE_HINT } from "./problem";

// Start-up of the SQLite file: checked (readable, writable, a SQLite file, PRAGMA
// quick_check), then migrated without ever leaving it half-migrated. Pending migrations
// run on a private copy that replaces the file by an atomic rename only once they all
// succeeded, so a kill at any point leaves either the old file or the new one (before
// this, a SIGKILL during the first migration left it failed, and every later start
// stopped at P3009). A database busy with another process's write is waited for.

const HEADER = "SQLite format 3\0";
const BUSY_WAIT_MS = 60_000;

export function displayName(file: string): string {
  const path = relative(process.cwd(), file);
  return path && !path.startsWith("..") && !isAbsolute(path) ? path : file;
}

function damaged(name: string, cause: string): DatabaseProblem {
  return new DatabaseProblem(`${name} ${cause} (${RESTORE_HINT})`);
}

/** Fails in one line unless `file` is absent, empty, or a readable and writable SQLite file. */
function checkFile(file: string, name: string): void {
  const dir = dirname(file);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new DatabaseProblem(`${displayName(dir)} cannot be created (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  if (!existsSync(file)) {
    try {
      accessSync(dir, constants.W_OK);
    } catch {
      throw new DatabaseProblem(`${displayName(dir)} is read-only, so ${name} cannot be created there`);
    }
    return;
  }
  const stat = statSync(file);
  if (!stat.isFile()) throw new DatabaseProblem(`${name} is not a file`);
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
    accessSync(dir, constants.W_OK);
  } catch {
    throw new DatabaseProblem(`${name} is read-only`);
  }
  if (stat.size === 0) return;
  const header = Buffer.alloc(100);
  const fd = openSync(file, "r");
  const read = readSync(fd, header, 0, 100, 0);
  closeSync(fd);
  if (read < 100 || header.toString("latin1", 0, 16) !== HEADER) throw damaged(name, "is not a SQLite database");
  // The header says how many pages the file holds; fewer bytes than that is a cut-off copy.
  // Not while a write-ahead log lies beside it: a checkpoint copies the log's pages in page
  // order, the header (page 1) first, so a kill mid-checkpoint leaves a header ahead of the
  // file's end with the missing pages still in the log; opening replays them, and
  // quick_check below judges what is really there.
  if (hasWriteAheadLog(file)) return;
  const pageSize = header.readUInt16BE(16) === 1 ? 65_536 : header.readUInt16BE(16);
  const pages = header.readUInt32BE(28);
  if (pages > 0 && stat.size < pageSize * pages) throw damaged(name, `is truncated (${stat.size} of ${pageSize * pages} bytes)`);
}

function hasWriteAheadLog(file: string): boolean {
  const wal = `${file}-wal`;
  return existsSync(wal) && statSync(wal).size > 0;
}

function open(file: string, name: string): Database.Database {
  try {
    return new Database(file, { timeout: BUSY_WAIT_MS });
  } catch (error) {
    throw damaged(name, `cannot be opened (${(error as Error).message})`);
  }
}

/** PRAGMA quick_check: damage inside the file is found now, not later as 500s for some learners. */
function quickCheck(db: Database.Database, name: string): void {
  let result: string;
  try {
    result = (db.pragma("quick_check") as { quick_check: string }[]).map((row) => row.quick_check).join("; ");
  } catch (error) {
    throw damaged(name, `is damaged (${(error as Error).message})`);
  }
  if (result !== "ok") throw damaged(name, `is damaged (quick_check: ${result.slice(0, 200)})`);
}

type MigrationRow = { migration_name: string; finished_at: unknown; rolled_back_at: unknown };

function appliedMigrations(db: Database.Database): MigrationRow[] {
  const table = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
  return table ? (db.prepare(`SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`).all() as MigrationRow[]) : [];
}

/** The copy as one self-contained file (rollback journal, no -wal beside it), synced to disk. */
function settle(file: string): void {
  const db = new Database(file);
  try {
    db.pragma("journal_mode = DELETE");
  } finally {
    db.close();
  }
  fsyncPath(file);
}

function fsyncPath(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function prepareSqlite(file: string): string {
  const name = displayName(file);
  const copy = `${file}.migrating`;
  // What a kill left of an earlier attempt: never the live file, always safe to drop.
  for (const leftover of [copy, `${copy}-journal`, `${copy}-wal`, `${copy}-shm`]) rmSync(leftover, { force: true });
  checkFile(file, name);

  const db = open(file, name);
  try {
    quickCheck(db, name);
    const rows = appliedMigrations(db);
    const half = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
    if (half) throw damaged(name, `has a half-applied migration ${half.migration_name} (from a version that migrated in place)`);
    const done = new Set(rows.filter((row) => row.finished_at !== null).map((row) => row.migration_name));
    const pending = migrationNames("sqlite").filter((migration) => !done.has(migration));
    if (pending.length > 0) {
      // Writes of other processes are folded into the file, then held off while it is copied.
      db.pragma("wal_checkpoint(TRUNCATE)");
      db.exec("BEGIN IMMEDIATE");
      writeFileSync(copy, db.serialize());
      try {
        settle(copy);
        runPrisma(["migrate", "deploy"], `file:${copy}`, name);
        settle(copy);
      } catch (error) {
        rmSync(copy, { force: true });
        throw error;
      }
      renameSync(copy, file);
      fsyncPath(dirname(file));
      db.exec("ROLLBACK");
    }
  } finally {
    db.close();
  }
  const migrated = open(file, name);
  try {
    migrated.pragma("journal_mode = WAL");
  } finally {
    migrated.close();
  }
  return name;
}
