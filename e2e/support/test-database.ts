import { postgresDatabase } from "../../lib/database/postgres-driver";
import type { Database } from "../../lib/database/sql";
import { sqliteDatabase } from "../../lib/database/sqlite-driver";
import { providerOf, sqliteFile } from "../../lib/database/url";

// The specs' own connection to the database the server under test uses, SQLite or
// PostgreSQL alike (through the app's drivers, so the same SQL runs on both): SQLite by
// default, PostgreSQL when TEST_POSTGRES_URL names a server (a database per port is made
// on it). Columns are quoted ("learnerId"): PostgreSQL folds unquoted names to lower case.

export function e2eDatabaseUrl(port: number): string {
  const server = process.env.TEST_POSTGRES_URL?.trim();
  return server ? `${server.replace(/\/+$/, "")}/visit_e2e_${port}` : `file:./data/e2e-${port}.db`;
}

const open = new Map<string, Database>();

export function testDatabase(url: string): Database {
  let found = open.get(url);
  if (!found) {
    found = providerOf(url) === "sqlite" ? sqliteDatabase(sqliteFile(url)) : postgresDatabase(url, 2);
    open.set(url, found);
  }
  return found;
}

export async function closeTestDatabase(url: string): Promise<void> {
  await open.get(url)?.close();
  open.delete(url);
}
