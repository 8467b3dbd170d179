// Creates the SQLite file if needed, applies the committed migrations, and turns on
// WAL (a property of the file, so once is enough). Run before every server start,
// so a fresh clone needs no setup and DATABASE_URL can point anywhere.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";

const DEFAULT_DATABASE_URL = "file:./data/app.db"; // keep in step with lib/database-url.ts

export function prepareDatabase(env = process.env) {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL must be a file: url for SQLite, got ${url}`);
  const file = resolve(url.slice("file:".length));
  mkdirSync(dirname(file), { recursive: true });
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
    env: { ...env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.close();
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = prepareDatabase();
  console.log(`database ready: ${file}`);
}
