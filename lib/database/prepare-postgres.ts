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

async function unfinishedMigrations(url: string, name: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    const cause = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DatabaseProblem(`${name} cannot be reached (${cause})`);
  }
  try {
    const table = await client.query(`SELECT to_regclass('"_prisma_migrations"') AS "table"`);
    if (!table.rows[0]?.table) return [];
    const rows = await client.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NULL AND rolled_back_at IS NULL`);
    return rows.rows.map((row: { migration_name: string }) => row.migration_name);
  } finally {
    await client.end();
  }
}

export async function preparePostgres(url: string): Promise<string> {
  const name = safeName(url);
  const known = new Set(migrationNames("postgresql"));
  for (const migration of await unfinishedMigrations(url, name)) {
    if (!known.has(migration)) throw new DatabaseProblem(`${name} has a half-applied migration ${migration} this version does not know (${RESTORE_HINT})`);
    runPrisma(["migrate", "resolve", "--rolled-back", migration], url, name);
  }
  runPrisma(["migrate", "deploy"], url, name);
  return name;
}
