import "server-only";
import { postgresDatabase } from "./postgres-driver";
import type { Database } from "./sql";
import { sqliteDatabase } from "./sqlite-driver";
import { databaseUrl, providerOf, sqliteFile } from "./url";

// The one data layer: every read and write of learner data goes through `database()`,
// on SQLite or PostgreSQL as DATABASE_URL says. One instance per process, cached on
// globalThis so `next dev`'s hot reload does not open new connections on every edit.

export type { Database, Param, Sql, Tx } from "./sql";
export { asBool, asDate, asDateOrNull, asNumber, pagesOf } from "./sql";

// PostgreSQL connections per server process. A process runs on one core, and a transaction
// holds its connection for a few round trips, so a few connections keep it busy; more only
// add PostgreSQL processes contending for the cores. Measured with the answer load on two
// cores shared with PostgreSQL: 4 gave p99 73-74 ms where 10 gave 80-111 ms, at the same rate.
const DEFAULT_POOL_SIZE = 4;

const globalForDatabase = globalThis as unknown as { appDatabase?: Database };

export function database(): Database {
  if (!globalForDatabase.appDatabase) {
    const url = databaseUrl();
    globalForDatabase.appDatabase =
      providerOf(url) === "sqlite" ? sqliteDatabase(sqliteFile(url)) : postgresDatabase(url, Number(process.env.DATABASE_POOL_SIZE) || DEFAULT_POOL_SIZE);
  }
  return globalForDatabase.appDatabase;
}
