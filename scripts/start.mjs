// `npm start`: prepare the database, then run the production server in this process's
// place (its PID is the server's, so a signal to it reaches Next directly).
import { spawn } from "node:child_process";
import { prepareDatabase } from "./prepare-database.mjs";

const file = prepareDatabase();
const port = process.env.PORT || "3000";
console.log(`database ready: ${file}`);

const server = spawn(process.execPath, ["scripts/serve.mjs", "--port", port], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
