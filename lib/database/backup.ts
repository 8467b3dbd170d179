import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { prepareDatabase } from "./prepare";
import { displayName } from "./prepare-sqlite";
import { safeName } from "./prepare-postgres";
import { DatabaseProblem } from "./problem";
import { databaseUrl, providerOf, sqliteFile } from "./url";

// `npm run db:backup` and `npm run db:restore`. SQLite: the online backup API, which
// copies a consistent snapshot while the servers keep writing; a restore swaps the file
// in by an atomic rename (servers stopped first), then prepares it as a start would
// (checks, and migrates an older backup). PostgreSQL: pg_dump's custom format and
// pg_restore, from Debian's postgresql-client.

/** Where backups go: `backups/`, or DATABASE_BACKUP_DIR. */
export const BACKUP_DIR = process.env.DATABASE_BACKUP_DIR?.trim() || "backups";

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, "").replace(/\..*$/, "Z");
}

export async function backupDatabase(env: Record<string, string | undefined> = process.env, now = new Date()): Promise<string> {
  const url = databaseUrl(env);
  mkdirSync(BACKUP_DIR, { recursive: true });
  if (providerOf(url) === "postgresql") {
    const target = join(BACKUP_DIR, `visit-${stamp(now)}.dump`);
    try {
      execFileSync("pg_dump", ["--format=custom", "--no-owner", `--file=${target}`, url], { stdio: ["ignore", "ignore", "pipe"] });
    } catch (error) {
      rmSync(target, { force: true });
      throw new DatabaseProblem(
        `backup of ${safeName(url)} failed: ${
          String((error as { stderr?: Buffer }).stderr ?? (error as Error).message)
            .trim()
            .split("\n")[0]
        }`,
      );
    }
    return target;
  }
  const file = resolve(sqliteFile(url));
  if (!existsSync(file)) throw new DatabaseProblem(`${displayName(file)} does not exist: nothing to back up`);
  const target = join(BACKUP_DIR, `app-${stamp(now)}.db`);
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 60_000 });
  try {
    await db.backup(`${target}.partial`);
  } finally {
    db.close();
  }
  // Only a complete copy carries the final name: a backup cut short is never restored.
  renameSync(`${target}.partial`, target);
  return target;
}

/** The newest backup in BACKUP_DIR for this kind of database. */
export function latestBackup(provider: "sqlite" | "postgresql"): string | null {
  if (!existsSync(BACKUP_DIR)) return null;
  const suffix = provider === "sqlite" ? ".db" : ".dump";
  const files = readdirSync(BACKUP_DIR)
    .filter((name) => name.endsWith(suffix))
    .map((name) => join(BACKUP_DIR, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return files[0] ?? null;
}

export async function restoreDatabase(from: string | undefined, env: Record<string, string | undefined> = process.env): Promise<string> {
  const url = databaseUrl(env);
  const provider = providerOf(url);
  const source = from ?? latestBackup(provider);
  if (!source || !existsSync(source))
    throw new DatabaseProblem(`no backup to restore${from ? `: ${from} does not exist` : ` in ${BACKUP_DIR}/ (npm run db:backup makes one)`}`);
  if (provider === "postgresql") {
    try {
      execFileSync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", `--dbname=${url}`, source], {
        stdio: ["ignore", "ignore", "pipe"],
      });
    } catch (error) {
      throw new DatabaseProblem(
        `restore of ${safeName(url)} from ${source} failed: ${
          String((error as { stderr?: Buffer }).stderr ?? "")
            .trim()
            .split("\n")[0]
        }`,
      );
    }
    await prepareDatabase(env);
    return source;
  }
  const file = resolve(sqliteFile(url));
  const check = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const result = (check.pragma("quick_check") as { quick_check: string }[]).map((row) => row.quick_check).join("; ");
    if (result !== "ok") throw new DatabaseProblem(`${source} is damaged (quick_check: ${result.slice(0, 200)}): choose another backup`);
  } catch (error) {
    throw error instanceof DatabaseProblem ? error : new DatabaseProblem(`${source} is not a SQLite database: choose another backup`);
  } finally {
    check.close();
  }
  mkdirSync(dirname(file), { recursive: true });
  copyFileSync(source, `${file}.restoring`);
  // The old file's write-ahead log belongs to the old file: dropped, never replayed onto the backup.
  for (const companion of [`${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(companion, { force: true });
  renameSync(`${file}.restoring`, file);
  await prepareDatabase(env);
  return source;
}
