import pg from "pg";
import { migrationNames, runPrisma } from "./migrations";
import { DatabaseProblem, RESTORE_HINT } from "./problem";

// Start-up of a PostgreSQL database: reachable, then migrated by Prisma, which holds an
// advisory lock so servers starting together migrate one at a time (the others wait).
// Each committed PostgreSQL migration is one transaction (BEGIN … COMMIT in its file),
// so a kill mid-migration rolls its changes back; the row Prisma had already written
// saying it started is then marked rolled back and the migration runs again.

/** The url without its password, to name the database in messages. */
export function safeName(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = "";
    return `${parsed.protocol}//${parsed.username ? `${parsed.username}@` : ""}${parsed.host}${parsed.pathname}`;
  } catch {
    return "DATABASE_URL";
  }
}

type MigrationState = { unfinished: string[]; finished: Set<string> };

async function migrationState(url: string, name: string): Promise<MigrationState> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    const cause = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DatabaseProblem(`${name} cannot be reached (${cause})`);
  }
  try {
    const table = await client.query(`SELECT to_regclass('"_prisma_migrations"') AS "table"`);
    if (!table.rows[0]?.table) return { unfinished: [], finished: new Set() };
    const rows = await client.query(`SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`);
    type Row = { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null };
    return {
      unfinished: rows.rows.filter((row: Row) => row.finished_at === null && row.rolled_back_at === null).map((row: Row) => row.migration_name),
      finished: new Set(rows.rows.filter((row: Row) => row.finished_at !== null).map((row: Row) => row.migration_name)),
    };
  } finally {
    await client.end();
  }
}

export async function preparePostgres(url: string): Promise<string> {
  const name = safeName(url);
  const names = migrationNames("postgresql");
  const known = new Set(names);
  const state = await migrationState(url, name);
  // Up to date: no Prisma process (two seconds) on every start.
  if (state.unfinished.length === 0 && names.every((migration) => state.finished.has(migration))) return name;
  for (const migration of state.unfinished) {
    if (!known.has(migration)) throw new DatabaseProblem(`${name} has a half-applied migration ${migration} this version does not know (${RESTORE_HINT})`);
    runPrisma(["migrate", "resolve", "--rolled-back", migration], url, name);
  }
  runPrisma(["migrate", "deploy"], url, name);
  return name;
}
