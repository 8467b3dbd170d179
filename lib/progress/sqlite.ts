import "server-only";
import Database from "better-sqlite3";
import { databaseUrl } from "@/lib/database-url";

// A direct better-sqlite3 connection for the quiz's hot path (reading a session,
// storing an answer with its card). Why not Prisma's client here: the SQLite adapter
// runs an interactive transaction on its single connection across awaits, holding a
// mutex, so under concurrent answers every transaction waits behind every other
// request's queries (measured: 26 answers/s, p99 7.7 s at 32 connections), and other
// requests' statements run inside the open transaction. A better-sqlite3 transaction
// is synchronous: it begins and commits within one call, nothing interleaves, and a
// crash can only lose it whole. The schema and migrations stay Prisma's.

const globalForSqlite = globalThis as unknown as { quizSqlite?: Database.Database };

function connection(): Database.Database {
  if (!globalForSqlite.quizSqlite) {
    const file = databaseUrl().replace(/^file:/, "");
    // A short busy wait (5 ms at most): the server runs one process per core, and
    // another process's answer holds the write lock for a fraction of a millisecond,
    // so waiting in place costs far less than retrying from the back of a busy event
    // loop. Short, because a synchronous wait also blocks this process's Prisma client,
    // which may be the lock holder; after it, writeTransaction retries asynchronously.
    const db = new Database(file, { timeout: 5, fileMustExist: true });
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    globalForSqlite.quizSqlite = db;
  }
  return globalForSqlite.quizSqlite;
}

/** What reads and transactions see: prepared statements, each compiled once per process. */
export type Sql = { prepare(source: string): Database.Statement };

const statements = new Map<string, Database.Statement>();
const sql: Sql = {
  prepare(source) {
    let statement = statements.get(source);
    if (!statement) {
      statement = connection().prepare(source);
      statements.set(source, statement);
    }
    return statement;
  },
};

/** A read on the direct connection (WAL: never blocked by a writer). */
export function read<T>(work: (db: Sql) => T): T {
  return work(sql);
}

const MAX_BUSY_RETRIES = 400;

/**
 * Runs `work` in a BEGIN IMMEDIATE transaction, committed when it returns and rolled
 * back if it throws. When another connection still holds the write lock after the
 * busy wait (Prisma's, between its awaits), waits a few milliseconds without blocking
 * the event loop, then retries.
 */
export async function writeTransaction<T>(work: (db: Sql) => T): Promise<T> {
  const db = connection();
  for (let attempt = 0; ; attempt++) {
    try {
      return db.transaction(work).immediate(sql);
    } catch (error) {
      if (!isBusy(error) || attempt >= MAX_BUSY_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(1 + attempt, 25)));
    }
  }
}

function isBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && (error.code === "SQLITE_BUSY" || error.code === "SQLITE_LOCKED");
}

// Dates as Prisma's SQLite adapter stores them (ISO 8601 with "+00:00"), so rows
// written here and through Prisma compare and read back the same.
export function toSqlDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

export function fromSqlDate(value: string | number | null): Date | null {
  if (value === null) return null;
  return new Date(typeof value === "number" ? value : value.includes("T") ? value : `${value.replace(" ", "T")}Z`);
}
