// `npm start` (after prestart's build/ensure-build.ts): prepare the database and run the
// production server (main.ts) as a child that receives this process's signals.
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { readSettings } from "./settings";
import { DATABASE_READY } from "./start-gate";

// The database layer owns its preparation (migrations and checks); the server only calls
// it, with the environment, before any worker opens the database.
type PrepareDatabase = (env?: NodeJS.ProcessEnv) => string | Promise<string>;
const PREPARE_DATABASE_MODULE = "scripts/prepare-database.mjs";

async function main(): Promise<void> {
  const { port } = readSettings();
  // Started first, with --hold: it prepares Next while the database is prepared, and opens
  // its port only on the go message below (start-gate.ts).
  const server = spawn(process.execPath, [join(__dirname, "main.js"), "--port", String(port), "--hold"], {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: process.env,
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

  try {
    const { prepareDatabase } = (await import(pathToFileURL(resolve(PREPARE_DATABASE_MODULE)).href)) as { prepareDatabase: PrepareDatabase };
    const file = await prepareDatabase();
    console.log(`database ready: ${file}`);
  } catch (error) {
    server.kill("SIGTERM");
    throw error;
  }
  server.send({ type: DATABASE_READY });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
