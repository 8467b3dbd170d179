// `npm start` exactly as a user runs it, in any tree (this one, a temporary copy with
// generated documents, or a checkout of older code for "before" figures): its own process
// group on a given port and database, the time from launch to the first page, and the
// memory of every process it started (read from /proc, so Linux only).
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { tieGroupToThisProcess } from "./server.mjs";

function processTable() {
  const table = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      table.set(Number(entry), ppid);
    } catch {
      // ended while being read
    }
  }
  return table;
}

function descendants(root) {
  const table = processTable();
  const found = [];
  const walk = (pid) => {
    for (const [child, parent] of table) {
      if (parent !== pid) continue;
      found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

const statusField = (status, name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) / 1024;

/** Every node process of the server: its role (a cluster worker has NODE_UNIQUE_ID), RSS and peak RSS in MB. */
export function serverMemory(rootPid) {
  const rows = [];
  for (const pid of descendants(rootPid)) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
      if (!command[0]?.endsWith("node")) continue;
      const environ = readFileSync(`/proc/${pid}/environ`, "utf8");
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const role = environ.includes("NODE_UNIQUE_ID=") ? "worker" : (command[1] ?? "node").split("/").slice(-1)[0];
      rows.push({ pid, role, rssMb: statusField(status, "VmRSS"), peakMb: statusField(status, "VmHWM") });
    } catch {
      // ended while being read
    }
  }
  return rows;
}

/** Launches `npm start` in `cwd` and returns its handle; `firstPage(path)` resolves with seconds from launch to a 200. */
export function launchNpmStart({ cwd, port, databaseUrl, env = {} }) {
  const launchedAt = performance.now();
  const child = spawn("npm", ["start"], {
    cwd,
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const { killGroup, endWithThisProcess } = tieGroupToThisProcess(child);
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    pid: child.pid,
    output: () => output,
    async firstPage(path, timeoutMs = 600_000) {
      for (;;) {
        if (child.exitCode !== null) throw new Error(`npm start exited while starting:\n${output.slice(-3000)}`);
        try {
          if ((await fetch(baseUrl + path)).status === 200) return (performance.now() - launchedAt) / 1000;
        } catch {
          // not listening yet
        }
        if (performance.now() - launchedAt > timeoutMs) throw new Error(`no page within ${timeoutMs / 1000} s:\n${output.slice(-3000)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop() {
      killGroup("SIGTERM");
      const timer = setTimeout(() => killGroup("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
      // npm exits first; give the server's processes their grace period, then make sure.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      killGroup("SIGKILL");
      process.off("exit", endWithThisProcess);
    },
  };
}
