// `node --import tsx scripts/prepare-database.ts`: prepares the database DATABASE_URL
// names (lib/database/prepare.ts) and prints "database ready: <name>", or one line
// saying what is wrong, with exit code 1.
import { DatabaseProblem, prepareDatabase } from "../lib/database/prepare";

prepareDatabase().then(
  (name) => console.log(`database ready: ${name}`),
  (error: unknown) => {
    console.error(error instanceof DatabaseProblem ? error.message : `database preparation failed: ${(error as Error).message?.split("\n")[0]}`);
    process.exit(1);
  },
);
