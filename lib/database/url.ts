// The one place that knows where the database lives and which kind it is: DATABASE_URL,
// or a SQLite file under ./data relative to the working directory (how `file:` urls
// resolve). A postgres:// (or postgresql://) url selects PostgreSQL; anything else is
// refused rather than guessed.
export const DEFAULT_DATABASE_URL = "file:./data/app.db";

export type Provider = "sqlite" | "postgresql";

export function databaseUrl(env: Record<string, string | undefined> = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function providerOf(url: string): Provider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must be a file: url (SQLite) or a postgres:// url (PostgreSQL), got "${url.split(":")[0]}:…"`);
}

/** The SQLite file a file: url names, as given (relative to the working directory). */
export function sqliteFile(url: string): string {
  return url.slice("file:".length).split("?")[0]!;
}
