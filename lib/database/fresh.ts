import { rmSync } from "node:fs";
import pg from "pg";
import { providerOf, sqliteFile } from "./url";

// An empty database for a test run: the SQLite file and its companions removed, or the
// PostgreSQL database dropped and made again (connected through the server's
// maintenance database "postgres"). Test tooling only: nothing in the app calls it.
export async function freshDatabase(url: string): Promise<void> {
  if (providerOf(url) === "sqlite") {
    for (const suffix of ["", "-wal", "-shm", "-journal", ".migrating"]) rmSync(sqliteFile(url) + suffix, { force: true });
    return;
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`refusing to recreate a database named "${name}"`);
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
