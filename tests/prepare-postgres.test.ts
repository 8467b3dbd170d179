import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "@/lib/database/fresh";
import { migrationNames } from "@/lib/database/migrations";
import { postgresDatabase } from "@/lib/database/postgres-driver";

// Each case starts Node processes: on a busy two-core machine one can take several seconds.
vi.setConfig({ testTimeout: 120_000 });

// Start-up on PostgreSQL (lib/database/prepare.ts) as `npm start` runs it: a child process
// per start, against databases of their own on the server TEST_POSTGRES_URL names (CI
// starts one; skipped without it). A kill at any moment of the first migration, of the
// whole process group (the migration and anything it started), must leave the database
// unmigrated or migrated, never between, and the next start must migrate it and serve;
// so must the states an earlier version (Prisma's migrate deploy) left when killed, and
// two starts at once.

const server = process.env.TEST_POSTGRES_URL?.replace(/\/+$/, "");
const created: string[] = [];

function urlFor(name: string): string {
  const url = `${server}/visit_prep_${process.pid}_${name}`;
  created.push(url);
  return url;
}

afterAll(async () => {
  if (!server) return;
  const client = new pg.Client({ connectionString: `${server}/postgres` });
  await client.connect();
  for (const url of created) await client.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
  await client.end();
}, 120_000);

// Prisma's bookkeeping table, as its migrate deploy makes it.
const PRISMA_TABLE = `CREATE TABLE "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

function prepare(url: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/prepare-database.ts"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

/** Every committed migration recorded once as finished and none left unfinished, and the data layer writes and reads. */
async function expectMigratedAndServing(url: string): Promise<void> {
  const rows = await query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
    url,
    `SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY migration_name`,
  );
  expect(rows.map((row) => row.migration_name)).toEqual(migrationNames("postgresql"));
  expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  const db = postgresDatabase(url, 2);
  try {
    const id = "learner".padEnd(43, "x");
    await db.transaction(async (tx) => {
      await tx.lock(id);
      await tx.run(`INSERT INTO "Learner" ("id", "createdAt") VALUES (?, ?)`, [id, new Date()]);
      await tx.run(`INSERT INTO "StudiedSection" ("learnerId", "sectionId", "studiedAt") VALUES (?, ?, ?)`, [id, "set:a", new Date()]);
    });
    expect(await db.get(`SELECT "sectionId" FROM "StudiedSection" WHERE "learnerId" = ?`, [id])).toEqual({ sectionId: "set:a" });
  } finally {
    await db.close();
  }
}

/** Starts a preparation in its own process group; `kill()` SIGKILLs the group and waits for the start to end. */
function startPreparing(url: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/prepare-database.ts"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "ignore",
    detached: true,
  });
  // Listened for from the start: a preparation quicker than the kill has exited already.
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    exited,
    async kill() {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // the group has ended already
      }
      await exited;
    },
  };
}

/** What a kill left: nothing made, everything migrated, or something between (which must never happen). */
async function leftBehind(url: string): Promise<"nothing" | "migrated" | "half"> {
  const [count] = await query<{ tables: string }>(url, `SELECT COUNT(*) AS "tables" FROM pg_tables WHERE schemaname = 'public'`);
  if (Number(count?.tables) === 0) return "nothing";
  const finished = await query(url, `SELECT 1 FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`).catch(() => []);
  return finished.length === migrationNames("postgresql").length ? "migrated" : "half";
}

/** Polls the server until the migration's connection (application_name visit-migrate) is in the state `test` looks for. */
async function waitForMigration(url: string, test: string, timeoutMs = 15_000): Promise<boolean> {
  const database = new URL(url).pathname.slice(1);
  const client = new pg.Client({ connectionString: `${server}/postgres` });
  await client.connect();
  try {
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
      const rows = await client.query(`SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND application_name = 'visit-migrate' AND ${test}`, [database]);
      if (rows.rowCount) return true;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    return false;
  } finally {
    await client.end();
  }
}

async function expectNextStartMigratesAndServes(url: string): Promise<void> {
  const again = prepare(url);
  expect(again.stderr).toBe("");
  expect(again.status).toBe(0);
  await expectMigratedAndServing(url);
}

describe.skipIf(!server)("database preparation on PostgreSQL", () => {
  const outcomes: string[] = [];
  afterAll(() => console.log(`kills mid-migration on PostgreSQL, what each left: ${outcomes.join(", ")}`));

  it("survives a SIGKILL of the whole start at any moment of the first migration: the next start migrates and serves", async () => {
    for (const delayMs of [50, 150, 250, 350, 450, 550, 700, 900, 1200]) {
      const url = urlFor(`killed_${delayMs}`);
      await freshDatabase(url);
      const start = startPreparing(url);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await start.kill();
      const left = await leftBehind(url);
      outcomes.push(`${delayMs} ms: ${left}`);
      expect(left).not.toBe("half");
      await expectNextStartMigratesAndServes(url);
    }
  });

  it("survives a SIGKILL inside the migration's transaction, at several moments of it", async () => {
    for (const afterMs of [0, 5, 15, 30]) {
      const url = urlFor(`in_transaction_${afterMs}`);
      await freshDatabase(url);
      const start = startPreparing(url);
      const seen = await waitForMigration(url, "xact_start IS NOT NULL");
      await new Promise((resolve) => setTimeout(resolve, afterMs));
      await start.kill();
      const left = await leftBehind(url);
      outcomes.push(`in its transaction${seen ? "" : " (not seen)"} +${afterMs} ms: ${left}`);
      expect(seen).toBe(true);
      expect(left).not.toBe("half");
      await expectNextStartMigratesAndServes(url);
    }
  });

  it("survives a SIGKILL while waiting for another process's migration lock", async () => {
    const url = urlFor("waiting");
    await freshDatabase(url);
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query("SELECT pg_advisory_lock(72707369)");
    const start = startPreparing(url);
    const waiting = await waitForMigration(url, "wait_event_type = 'Lock'");
    await start.kill();
    await holder.end();
    const left = await leftBehind(url);
    outcomes.push(`waiting for the lock: ${left}`);
    expect(waiting).toBe(true);
    expect(left).toBe("nothing");
    await expectNextStartMigratesAndServes(url);
  });

  it("starts after a kill between a migration's commit and its bookkeeping (the migration applied, its row unfinished)", async () => {
    const url = urlFor("bookkeeping");
    await freshDatabase(url);
    const [name] = migrationNames("postgresql");
    // What Prisma leaves when killed there: its row written at the start, the migration's
    // own transaction committed, the row's finished_at never set.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(PRISMA_TABLE);
    await client.query(`INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name") VALUES ('00000000-0000-4000-8000-000000000000', 'x', $1)`, [
      name,
    ]);
    await client.query(readFileSync(`prisma/postgresql/migrations/${name}/migration.sql`, "utf8"));
    await client.end();
    await expectNextStartMigratesAndServes(url);
  });

  it("starts after a kill of an earlier version's Prisma migration before its commit (its row unfinished, nothing made)", async () => {
    const url = urlFor("rolled_back");
    await freshDatabase(url);
    const [name] = migrationNames("postgresql");
    await query(url, PRISMA_TABLE);
    await query(url, `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name") VALUES ('00000000-0000-4000-8000-000000000001', 'x', '${name}')`);
    await expectNextStartMigratesAndServes(url);
  });

  it("a second start waits for the first one's migration, and both end with one migrated database", async () => {
    const url = urlFor("together");
    await freshDatabase(url);
    const results = await Promise.all(
      [0, 1].map(
        () =>
          new Promise<{ status: number | null; stderr: string }>((resolve) => {
            const child = spawn(process.execPath, ["--import", "tsx", "scripts/prepare-database.ts"], {
              env: { ...process.env, DATABASE_URL: url },
              stdio: ["ignore", "ignore", "pipe"],
            });
            let stderr = "";
            child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
            child.once("exit", (status) => resolve({ status, stderr }));
          }),
      ),
    );
    expect(results).toEqual([
      { status: 0, stderr: "" },
      { status: 0, stderr: "" },
    ]);
    await expectMigratedAndServing(url);
  });
});
