// `npm start` (after prestart's build/ensure-build.ts): prepare the database, then run the
// production server (main.ts) as a child that receives this process's signals.
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { readSettings } from "./settings";

// The database layer owns its preparation (migrations and checks); the server only calls
// it, with the environment, before any worker opens the database.
type PrepareDatabase = (env?: NodeJS.ProcessEnv) => string | Promise<string>;
const PREPARE_DATABASE_MODULE = "scripts/prepare-database.mjs";

async function main(): Promise<void> {
  const { prepareDatabase } = (await import(pathToFileURL(resolve(PREPARE_DATABASE_MODULE)).href)) as { prepareDatabase: PrepareDatabase };
  const file = await prepareDatabase();
  console.log(`database ready: ${file}`);

  const { port } = readSettings();
  const server = spawn(process.execPath, [join(__dirname, "main.js"), "--port", String(port)], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
