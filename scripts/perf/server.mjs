// Production server lifecycle for the load, crash and audit scripts: build when the
// sources changed since the last build, pick a free loopback port, start the production
// server (server/main.ts compiled to .server-build/main.js, what `npm start` runs) as a direct child (so SIGKILL
// reaches the server itself), wait until its page cache is warm.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
// Run through tsx (package.json), which lets this script import the server's TypeScript.
import { ensureBuild } from "../../server/build/ensure-build.ts";
import { prepareDatabase } from "../prepare-database.mjs";

export { ensureBuild };

const SERVER = ".server-build/main.js";

/**
 * `killGroup(signal)` signals a detached child's whole process group (a server and its
 * workers); the group is also killed when this script exits, since a detached group
 * outlives it otherwise (Ctrl-C, a thrown error). Call `process.off("exit", endWithThisProcess)`
 * once the group has ended.
 */
export function tieGroupToThisProcess(child) {
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const endWithThisProcess = () => killGroup("SIGKILL");
  process.once("exit", endWithThisProcess);
  return { killGroup, endWithThisProcess };
}

/** A port nobody listens on right now, on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Migrates the database, starts the production server on 127.0.0.1:port and resolves
 * once it reports its page cache warm (so no measurement starts against a cold cache).
 * `stop()` ends it politely, `kill()` with SIGKILL. `nodeArgs` go to the server's node,
 * e.g. ["--cpu-prof"] to profile it (written when it stops).
 */
export async function startServer({ distDir, databaseUrl, port, quiet = true, nodeArgs = [] }) {
  // The load and crash scripts make thousands of learners and sessions from one address:
  // the per-address limits are scaled up for them (lib/api/rate-limit.ts), not turned off.
  const env = {
    ...process.env,
    NEXT_DIST_DIR: distDir,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    RATE_LIMIT_SCALE: process.env.RATE_LIMIT_SCALE ?? "1000",
  };
  prepareDatabase(env);
  // Its own process group, so a crash can take the primary and its workers at once.
  const child = spawn(process.execPath, [...nodeArgs, SERVER, "--hostname", "127.0.0.1", "--port", String(port)], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const { killGroup, endWithThisProcess } = tieGroupToThisProcess(child);
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
    if (!quiet) process.stderr.write(chunk);
  });
  let ready = false;
  let stdoutTail = "";
  child.stdout.on("data", (chunk) => {
    // Kept across chunks: the marker may arrive split in two.
    stdoutTail = (stdoutTail + chunk).slice(-200);
    if (stdoutTail.includes("✓ ready")) ready = true;
    if (!quiet) process.stdout.write(chunk);
  });
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (!ready) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited while starting:\n${stderr}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server was not ready within 60 s:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    baseUrl,
    port,
    pid: child.pid,
    stderr: () => stderr,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => killGroup("SIGKILL"), 8_000);
      await exited;
      clearTimeout(timer);
      process.off("exit", endWithThisProcess);
    },
    /** SIGKILL to the primary and every worker at the same instant: a crash, not a stop. */
    async kill() {
      killGroup("SIGKILL");
      const result = await exited;
      process.off("exit", endWithThisProcess);
      return result;
    },
  };
}
