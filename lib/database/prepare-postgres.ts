import pg from "pg";
import { migratePostgres } from "./migrate-postgres";
import { migrationNames } from "./migrations";
import { DatabaseProblem } from "./problem";

// Start-up of a PostgreSQL database: reachable, then migrated: every pending migration
// and its record in one transaction, under an advisory lock, so servers starting together
// migrate one at a time and a kill at any moment leaves it unmigrated or migrated, never
// between (./migrate-postgres.ts).

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

/** Whether every committed migration is recorded as finished (read without the lock: a start with nothing to do takes none). */
async function upToDate(url: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    const cause = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DatabaseProblem(`${name} cannot be reached (${cause})`);
  }
  try {
    const table = await client.query(`SELECT to_regclass('"_prisma_migrations"') AS "table"`);
    if (!table.rows[0]?.table) return false;
    const rows = await client.query<{ migration_name: string }>(
      `SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
    );
    const finished = new Set(rows.rows.map((row) => row.migration_name));
    const unfinished = await client.query(`SELECT 1 FROM "_prisma_migrations" WHERE "finished_at" IS NULL AND "rolled_back_at" IS NULL LIMIT 1`);
    return unfinished.rowCount === 0 && migrationNames("postgresql").every((migration) => finished.has(migration));
  } finally {
    await client.end();
  }
}

export async function preparePostgres(url: string): Promise<string> {
  const name = safeName(url);
  if (!(await upToDate(url, name))) await migratePostgres(url, name);
  return name;
}
