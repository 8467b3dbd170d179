import Database from "better-sqlite3";
import { groupCommitter } from "./group-commit";
import { BACKSTOP_AUTOCHECKPOINT_PAGES, startCheckpointer } from "./sqlite-checkpointer";
import { toSqliteDate, type Database as AppDatabase, type Param, type Sql } from "./sql";

// SQLite through better-sqlite3: two connections per process. Reads use one of their own
// (WAL: never blocked by a writer, and never see another request's open transaction).
// Writes use the other, one batch of transactions at a time per process (group commit,
// ./group-commit.ts), each batch opened with BEGIN IMMEDIATE: the write lock is taken up
// front, so a transaction never has to upgrade a read snapshot (what failed one mark in
// ten with SQLITE_BUSY_SNAPSHOT when Prisma's connection wrote beside a direct one).
// Another process holding the lock is waited for asynchronously, so the event loop keeps
// serving reads meanwhile.

const SYNC_BUSY_WAIT_MS = 5;
const SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES = 1000;
const MAX_LOCK_WAIT_MS = 30_000;

type Connection = { db: Database.Database; statements: Map<string, Database.Statement> };

// Opening waits longer: a process opening the file while another recovers its WAL (two
// workers starting at once) is refused until that ends, and failed after 5 ms.
const OPEN_BUSY_WAIT_MS = 10_000;

function open(file: string): Connection {
  const db = new Database(file, { timeout: OPEN_BUSY_WAIT_MS, fileMustExist: true });
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  // Every commit fsynced: an acknowledged answer survives a power loss, not only a crash (README, Performance).
  db.pragma("synchronous = FULL");
  db.pragma(`busy_timeout = ${SYNC_BUSY_WAIT_MS}`);
  // Checkpoints are the checkpoint thread's (sqlite-checkpointer.ts); this is a backstop.
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_AUTOCHECKPOINT_PAGES}`);
  return { db, statements: new Map() };
}

function toValue(param: Param): string | number | null {
  if (param instanceof Date) return toSqliteDate(param);
  if (typeof param === "boolean") return param ? 1 : 0;
  return param;
}

function prepared(connection: Connection, text: string): Database.Statement {
  let statement = connection.statements.get(text);
  if (!statement) {
    statement = connection.db.prepare(text);
    connection.statements.set(text, statement);
  }
  return statement;
}

function sqlOn(connection: Connection): Sql {
  return {
    async all<T>(text: string, params: readonly Param[] = []) {
      return prepared(connection, text).all(...params.map(toValue)) as T[];
    },
    async get<T>(text: string, params: readonly Param[] = []) {
      return prepared(connection, text).get(...params.map(toValue)) as T | undefined;
    },
    async run(text: string, params: readonly Param[] = []) {
      return Number(prepared(connection, text).run(...params.map(toValue)).changes);
    },
    // SQLite runs one write transaction at a time (BEGIN IMMEDIATE): every key is held already.
    async lock() {},
  };
}

export function isBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && /^SQLITE_(BUSY|LOCKED)/.test(error.code);
}

export function sqliteDatabase(file: string): AppDatabase {
  const reader = open(file);
  const writer = open(file);
  const readSql = sqlOn(reader);
  const writeSql = sqlOn(writer);
  let side: Connection | null = null;

  async function begin(): Promise<void> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        writer.db.exec("BEGIN IMMEDIATE");
        return;
      } catch (error) {
        if (!isBusy(error) || Date.now() - started > MAX_LOCK_WAIT_MS) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.min(1 + attempt, 20)));
      }
    }
  }

  const transaction = groupCommitter(writer.db, begin, writeSql);
  let checkpointFallback = false;
  const checkpointer = startCheckpointer(file, (reason) => {
    // Without the thread, the connections that write checkpoint as SQLite does by default.
    console.error(`SQLite checkpoint thread failed (${reason}); checkpointing in the write connection instead`);
    for (const connection of [writer, side]) if (connection?.db.open) connection.db.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES}`);
    checkpointFallback = true;
  });

  return {
    provider: "sqlite",
    ...readSql,
    transaction,
    store: {
      kind: "sqlite",
      connection() {
        if (!side) {
          side = open(file);
          if (checkpointFallback) side.db.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES}`);
        }
        return side.db;
      },
    },
    async close() {
      await checkpointer.stop();
      reader.db.close();
      writer.db.close();
      side?.db.close();
    },
  };
}
