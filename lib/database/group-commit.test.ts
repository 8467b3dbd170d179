import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { groupCommitter, MAX_BATCH } from "./group-commit";
import type { Param, Sql } from "./sql";

// Group commit on a real SQLite file, with a second connection standing for another
// process: what it sees is what is on disk for everyone.

let dir: string;
let writer: Database.Database;
let other: Database.Database;
let begins: number;
let transaction: ReturnType<typeof groupCommitter>;

function sqlOn(db: Database.Database): Sql {
  return {
    all: async <T>(text: string, params: readonly Param[] = []) => db.prepare(text).all(...(params as unknown[])) as T[],
    get: async <T>(text: string, params: readonly Param[] = []) => db.prepare(text).get(...(params as unknown[])) as T | undefined,
    run: async (text: string, params: readonly Param[] = []) => db.prepare(text).run(...(params as unknown[])).changes,
    lock: async () => {},
  };
}

const count = () => (other.prepare("SELECT COUNT(*) AS n FROM item").get() as { n: number }).n;
const insert = (tx: Sql, name: string) => tx.run("INSERT INTO item (name) VALUES (?)", [name]);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "visit-group-commit-"));
  writer = new Database(join(dir, "g.db"));
  writer.pragma("journal_mode = WAL");
  writer.pragma("foreign_keys = ON");
  writer.exec(`CREATE TABLE owner (id TEXT PRIMARY KEY);
    CREATE TABLE item (name TEXT PRIMARY KEY, owner TEXT REFERENCES owner (id) DEFERRABLE INITIALLY DEFERRED)`);
  other = new Database(join(dir, "g.db"), { readonly: true });
  begins = 0;
  transaction = groupCommitter(
    writer,
    async () => {
      begins += 1;
      writer.exec("BEGIN IMMEDIATE");
    },
    sqlOn(writer),
  );
});

afterEach(() => {
  writer.close();
  other.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("group commit", () => {
  it("commits the transactions asked for in one turn together, and resolves each only once committed", async () => {
    const seenAtResolve: number[] = [];
    await Promise.all(Array.from({ length: 20 }, (_, i) => transaction((tx) => insert(tx, `a${i}`)).then(() => seenAtResolve.push(count()))));
    expect(begins).toBe(1);
    expect(seenAtResolve).toEqual(Array(20).fill(20));
  });

  it("never puts more than MAX_BATCH transactions in one commit", async () => {
    await Promise.all(Array.from({ length: MAX_BATCH * 2 + 1 }, (_, i) => transaction((tx) => insert(tx, `b${i}`))));
    expect(begins).toBe(3);
    expect(count()).toBe(MAX_BATCH * 2 + 1);
  });

  it("rolls a failing transaction back alone: its writes are gone, the others' stored, each told its own outcome", async () => {
    const results = await Promise.allSettled([
      transaction((tx) => insert(tx, "c1")),
      transaction(async (tx) => {
        await insert(tx, "c2");
        await insert(tx, "c1"); // a duplicate key: this transaction fails
      }),
      transaction(async (tx) => {
        await insert(tx, "c3");
        return "third";
      }),
    ]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(results[2]).toEqual({ status: "fulfilled", value: "third" });
    expect(other.prepare("SELECT name FROM item ORDER BY name").all()).toEqual([{ name: "c1" }, { name: "c3" }]);
  });

  it("a batch that cannot commit stores nothing and fails every transaction in it", async () => {
    const results = await Promise.allSettled([
      transaction((tx) => insert(tx, "d1")),
      // A deferred foreign key: the statement succeeds, the COMMIT fails.
      transaction((tx) => tx.run("INSERT INTO item (name, owner) VALUES ('d2', 'nobody')")),
    ]);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    expect(count()).toBe(0);
    expect(writer.inTransaction).toBe(false);
    // And the next one runs as usual.
    await transaction((tx) => insert(tx, "d3"));
    expect(count()).toBe(1);
  });

  it("fails every waiting transaction when the write lock never comes, then recovers", async () => {
    let refuse = true;
    const locked = groupCommitter(
      writer,
      async () => {
        if (refuse) throw new Error("database is locked");
        writer.exec("BEGIN IMMEDIATE");
      },
      sqlOn(writer),
    );
    const results = await Promise.allSettled([locked((tx) => insert(tx, "e1")), locked((tx) => insert(tx, "e2"))]);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    refuse = false;
    await locked((tx) => insert(tx, "e3"));
    expect(count()).toBe(1);
  });
});
