// The one place that knows where the database lives: DATABASE_URL, or a file under
// ./data relative to the working directory (how `file:` urls resolve for the adapter).
export const DEFAULT_DATABASE_URL = "file:./data/app.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}
