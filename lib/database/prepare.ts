import { resolve } from "node:path";
import { preparePostgres } from "./prepare-postgres";
import { prepareSqlite } from "./prepare-sqlite";
import { DatabaseProblem } from "./problem";
import { databaseUrl, providerOf, sqliteFile } from "./url";

// Prepares the database before any server process starts: checks it, migrates it safely
// and says what it prepared. Every failure is a DatabaseProblem whose message is one
// line naming the database and the cause. The server's start-up calls this once, in the
// primary process (scripts/prepare-database.ts is its command-line form).

export { DatabaseProblem };

export async function prepareDatabase(env: Record<string, string | undefined> = process.env): Promise<string> {
  const url = databaseUrl(env);
  let provider;
  try {
    provider = providerOf(url);
  } catch (error) {
    throw new DatabaseProblem((error as Error).message);
  }
  return provider === "sqlite" ? prepareSqlite(resolve(sqliteFile(url))) : preparePostgres(url);
}
