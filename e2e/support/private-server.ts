import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { freshDatabase } from "../../lib/database/fresh";
import { asNumber } from "../../lib/database/sql";
import { closeTestDatabase, e2eDatabaseUrl, testDatabase } from "./test-database";
import { CHROMIUM_ARGS } from "./chromium-args";
import { chromium, type Browser } from "@playwright/test";

// A production server of its own, on a free port with its own database (as the shared
// one: data/e2e-<port>.db, or a PostgreSQL database of that name), for specs that compare row counts: the
// shared server takes writes from other spec files running in parallel, so its
// counts move for reasons that have nothing to do with the requests under test.
export type PrivateServer = {
  baseURL: string;
  databaseUrl: string;
  /** Rows in every table of learner data (bookkeeping: migrations and rate-limit counters, excluded). */
  rowCounts(): Promise<Record<string, number>>;
  /** Runs a read-only query on the database. */
  query<Row>(sql: string, ...params: (string | number | null)[]): Promise<Row[]>;
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

const TABLES = ["Answer", "Card", "Learner", "QuizSession", "StudiedSection", "TransferCode"] as const;

/** `env` adds to the server's environment, e.g. a small MAX_IN_FLIGHT to see load shedding. */
export async function startPrivateServer(env: Record<string, string> = {}): Promise<PrivateServer> {
  const port = await freePort();
  const databaseUrl = e2eDatabaseUrl(port);
  await freshDatabase(databaseUrl);
  const child = spawn(process.execPath, [".server-build/start.js"], {
    env: { ...process.env, ...env, PORT: String(port), DATABASE_URL: databaseUrl },
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
    databaseUrl,
    async rowCounts() {
      const db = testDatabase(databaseUrl);
      const counts = await Promise.all(
        TABLES.map(async (name) => [name, asNumber((await db.get<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "${name}"`))?.n)]),
      );
      return Object.fromEntries(counts);
    },
    async query<Row>(sql: string, ...params: (string | number | null)[]): Promise<Row[]> {
      return testDatabase(databaseUrl).all<Row>(sql, params);
    },
    async stop() {
      // start.js forwards SIGTERM to the Next server it runs.
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
      await closeTestDatabase(databaseUrl);
      await freshDatabase(databaseUrl);
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
      args: CHROMIUM_ARGS,
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
