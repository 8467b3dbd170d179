import { z } from "zod";

// Every environment variable the app reads, parsed once and typed: a wrong value stops
// the build or the server with its name, instead of surfacing later as a strange bug.
// `.env.example` lists them. Server code only: the browser never sees process.env.
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Where the SQLite database lives; unset, the database layer uses its default file. */
  DATABASE_URL: z.string().trim().min(1).optional(),
  /** The site's public origin: the base of absolute URLs in metadata (hreflang links). */
  SITE_URL: z.url().default("http://localhost:3000"),
});

export const env = schema.parse(process.env);
