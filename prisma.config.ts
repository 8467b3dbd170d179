import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { databaseUrl, providerOf } from "./lib/database/url";

// Prisma 6 with the JavaScript engine: no native binary is downloaded, so every CLI
// command works offline. A schema names one provider, so each database has its own
// schema and migrations folder, picked by DATABASE_URL. This file turns off .env
// loading; databaseUrl() has the default. Prisma only migrates: the app's queries go
// through lib/database.
const url = databaseUrl();
const provider = providerOf(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/${provider}/migrations` },
  async adapter() {
    // @prisma/adapter-pg 7.x: 6.19.3's adapter cannot read PostgreSQL 15's catalog (STACK.md).
    return provider === "sqlite" ? new PrismaBetterSQLite3({ url }) : new PrismaPg({ connectionString: url });
  },
});
