// The JavaScript server scripts' way into lib/database/prepare.ts (TypeScript, run with
// tsx): prepares the database in a child process, and on failure exits this process
// with the child's one-line message already printed.
import { spawnSync } from "node:child_process";

export function prepareDatabase(env = process.env) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/prepare-database.ts"], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
  });
  if (result.status !== 0) process.exit(1);
  return result.stdout.trim().replace(/^database ready: /, "");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`database ready: ${prepareDatabase()}`);
}
