import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { migrationNames } from "./migrations";
import { DatabaseProblem, RESTORE_HINT } from "./problem";

// Applies the committed PostgreSQL migrations that a database lacks, all of them and their
// bookkeeping in ONE transaction, under the advisory lock Prisma's own `migrate deploy`
// takes (so a start and a hand-run Prisma, or two servers starting together, migrate one
// at a time; the others wait, then find nothing left to do). A kill at any moment leaves
// the database as it was before, or fully migrated: never a migration committed without
// its record. Why not `prisma migrate deploy`: it records a migration as started, runs it,
// then records it finished, in separate transactions; a kill in between left a row that
// every later start refused (`prisma migrate resolve`, the way out, needs the native
// engine, which cannot be downloaded here), and its connection pool kept the process
// alive 10 s after the work. The rows written are Prisma's own (`_prisma_migrations`,
// checksum = SHA-256 of the file), so `prisma migrate status` and `deploy` agree with them.

/** Prisma's lock id for migrations (its schema engine's advisory lock). */
const PRISMA_MIGRATION_LOCK = 72707369;

const PRISMA_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type Migration = { name: string; checksum: string; statements: string };

const OUTSIDE = /^\s*(--.*)?$/;

/**
 * The statements of a migration file, which is written as one transaction (`BEGIN;` …
 * `COMMIT;`, so that psql or Prisma also run it whole): what lies between the two, run
 * here inside the one transaction of all pending migrations. Anything but comments
 * outside them, or transaction control inside, is refused.
 */
export function migrationStatements(name: string, text: string): string {
  const lines = text.split("\n");
  const begin = lines.findIndex((line) => /^\s*BEGIN\s*;\s*$/i.test(line));
  const commit = lines.findLastIndex((line) => /^\s*COMMIT\s*;\s*$/i.test(line));
  const body = lines.slice(begin + 1, commit);
  const outside = [...lines.slice(0, Math.max(begin, 0)), ...lines.slice(commit + 1)];
  if (
    begin < 0 ||
    commit < begin ||
    !outside.every((line) => OUTSIDE.test(line)) ||
    body.some((line) => /^\s*(BEGIN|COMMIT|ROLLBACK|START\s+TRANSACTION)\b/i.test(line))
  ) {
    throw new DatabaseProblem(`prisma/postgresql/migrations/${name}/migration.sql must be one transaction: BEGIN; then its statements, then COMMIT;`);
  }
  return body.join("\n");
}

export function readMigration(name: string): Migration {
  const text = readFileSync(join("prisma", "postgresql", "migrations", name, "migration.sql"), "utf8");
  return { name, checksum: createHash("sha256").update(text).digest("hex"), statements: migrationStatements(name, text) };
}

/** SQLSTATEs of a change already made: duplicate table, column, object, schema, function. */
const ALREADY_MADE = new Set(["42P07", "42701", "42710", "42P06", "42723"]);

type MigrationRow = { id: string; migration_name: string; finished_at: Date | null; rolled_back_at: Date | null };

/** Migrates the database `url` names (`label` is its name in messages); resolves to the migrations applied. */
export async function migratePostgres(url: string, label: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url, application_name: "visit-migrate" });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`SELECT pg_advisory_xact_lock(${PRISMA_MIGRATION_LOCK})`);
    await client.query(PRISMA_MIGRATIONS_TABLE);
    const rows = (await client.query<MigrationRow>(`SELECT "id", "migration_name", "finished_at", "rolled_back_at" FROM "_prisma_migrations"`)).rows;
    const names = migrationNames("postgresql");
    const known = new Set(names);
    const finished = new Set(rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => row.migration_name));
    // Rows started and never finished: left by an earlier version, which migrated through
    // Prisma, killed mid-way. Each such migration was one transaction, so it either rolled
    // back (it is run again) or committed whole with only its record lost: then running it
    // again meets its own first change already made (a duplicate table, column or object),
    // and it is recorded as applied.
    const unfinished = rows.filter((row) => row.finished_at === null && row.rolled_back_at === null);
    for (const row of unfinished) {
      if (!known.has(row.migration_name)) {
        throw new DatabaseProblem(`${label} has a half-applied migration ${row.migration_name} this version does not know (${RESTORE_HINT})`);
      }
    }
    const applied: string[] = [];
    for (const name of names.filter((candidate) => !finished.has(candidate))) {
      const migration = readMigration(name);
      const interrupted = unfinished.some((row) => row.migration_name === name);
      await client.query("SAVEPOINT migration");
      try {
        await client.query(migration.statements);
      } catch (error) {
        if (!interrupted || !ALREADY_MADE.has(String((error as { code?: unknown }).code))) {
          throw new DatabaseProblem(`${label}: migration ${name} failed: ${(error as Error).message}`);
        }
        await client.query("ROLLBACK TO SAVEPOINT migration");
      }
      await client.query(
        `UPDATE "_prisma_migrations" SET "rolled_back_at" = now() WHERE "migration_name" = $1 AND "finished_at" IS NULL AND "rolled_back_at" IS NULL`,
        [name],
      );
      await client.query(
        `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count") VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), migration.checksum, name],
      );
      applied.push(name);
    }
    await client.query("COMMIT");
    return applied;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
