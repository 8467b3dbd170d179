import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import Database from "better-sqlite3";
import { chromium, type Browser } from "@playwright/test";

// A production server of its own, on a free port with its own database file
// (data/e2e-<port>.db, as the shared one), for specs that compare row counts: the
// shared server takes writes from other spec files running in parallel, so its
// counts move for reasons that have nothing to do with the requests under test.
export type PrivateServer = {
  baseURL: string;
  databaseFile: string;
  /** Rows in every table of the app (migrations bookkeeping excluded), read-only. */
  rowCounts(): Record<string, number>;
  /** Runs a read-only query on the database. */
  query<Row>(sql: string, ...params: unknown[]): Row[];
  stop(): Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function openReadOnly(file: string): Database.Database {
  return new Database(file, { readonly: true, fileMustExist: true });
}

export async function startPrivateServer(): Promise<PrivateServer> {
  const port = await freePort();
  const databaseFile = `data/e2e-${port}.db`;
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(databaseFile + suffix, { force: true });
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: `file:./${databaseFile}` },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`private server exited while starting:\n${stderr}`);
    try {
      if ((await fetch(`${baseURL}/probe.txt`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`private server did not answer within 90 s:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }

  return {
    baseURL,
    databaseFile,
    rowCounts() {
      const db = openReadOnly(databaseFile);
      try {
        const tables = db
          .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name")
          .all() as { name: string }[];
        return Object.fromEntries(
          tables.map(({ name }) => [name, (db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n]),
        );
      } finally {
        db.close();
      }
    },
    query<Row>(sql: string, ...params: unknown[]): Row[] {
      const db = openReadOnly(databaseFile);
      try {
        return db.prepare(sql).all(...params) as Row[];
      } finally {
        db.close();
      }
    },
    async stop() {
      // start.mjs forwards SIGTERM to the Next server it runs.
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(databaseFile + suffix, { force: true });
    },
  };
}

/**
 * Runs `shoot` against a private production server in Debian's Chromium (CHROMIUM_PATH
 * overrides it; empty for Playwright's own), then closes both: the screenshot scripts'
 * one way to start. Exits with the error when one is thrown.
 */
export function withPrivateBrowser(shoot: (browser: Browser, baseURL: string) => Promise<void>): void {
  const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const run = async () => {
    const server = await startPrivateServer();
    const browser = await chromium.launch({
      executablePath: chromiumPath || undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    try {
      await shoot(browser, server.baseURL);
    } finally {
      await browser.close();
      await server.stop();
    }
  };
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
