// `node --import tsx scripts/fresh-database.ts`: empties the database DATABASE_URL names,
// for a test run (the e2e server, the crash and load scripts). Never point it at real data.
import { freshDatabase } from "../lib/database/fresh";
import { databaseUrl } from "../lib/database/url";

freshDatabase(databaseUrl()).catch((error: unknown) => {
  console.error(`fresh database failed: ${(error as Error).message}`);
  process.exit(1);
});
