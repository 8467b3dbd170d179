// `npm run db:backup` (a consistent copy in backups/, while the app runs) and
// `npm run db:restore [-- <file>]` (the newest backup, or the one named; stop the
// servers first). One line on success, one line naming the cause on failure.
import { backupDatabase, restoreDatabase } from "../lib/database/backup";
import { DatabaseProblem } from "../lib/database/problem";

const [command, file] = process.argv.slice(2);
const run =
  command === "restore" ? restoreDatabase(file).then((source) => `restored from ${source}`) : backupDatabase().then((target) => `backup written: ${target}`);
run.then(
  (line) => console.log(line),
  (error: unknown) => {
    console.error(error instanceof DatabaseProblem ? error.message : `db:${command ?? "backup"} failed: ${(error as Error).message?.split("\n")[0]}`);
    process.exit(1);
  },
);
