// The database a test script (load, crash) runs against: a SQLite file in its temporary
// folder, or, when TEST_POSTGRES_URL names a PostgreSQL server, a database of its own
// there. Emptied before use by scripts/fresh-database.ts (the app's own code for it).
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export function testDatabaseUrl(name, tempDir) {
  const server = process.env.TEST_POSTGRES_URL?.trim();
  return server ? `${server.replace(/\/+$/, "")}/visit_${name}` : `file:${join(tempDir, `${name}.db`)}`;
}

export function freshDatabase(url) {
  execFileSync(process.execPath, ["--import", "tsx", "scripts/fresh-database.ts"], { env: { ...process.env, DATABASE_URL: url }, stdio: "inherit" });
}
