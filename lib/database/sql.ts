// What the rest of the app sees of the database, whichever it is: three query verbs and
// one way to run a transaction. SQL is written once, in the subset SQLite and PostgreSQL
// share (quoted camelCase identifiers, `?` placeholders, ON CONFLICT, TRUE/FALSE); the
// drivers translate placeholders and values. Rows come back with the driver's own types
// for booleans and dates, so readers convert with asBool/asDate.

import type BetterSqlite3 from "better-sqlite3";
import type { Pool } from "pg";

export type Param = string | number | boolean | Date | null;
export type Row = Record<string, unknown>;

export interface Sql {
  all<T = Row>(text: string, params?: readonly Param[]): Promise<T[]>;
  get<T = Row>(text: string, params?: readonly Param[]): Promise<T | undefined>;
  /** A statement without rows; resolves to how many rows it changed. */
  run(text: string, params?: readonly Param[]): Promise<number>;
  /**
   * Inside a transaction: waits until no other transaction holds `key` (a learner id, a
   * code), then holds it until this one ends. Every write transaction takes its learner's
   * key first, so one learner's writes run one at a time on any number of servers.
   * On PostgreSQL a lock asked for before the transaction's first statement is taken with
   * that statement (one round trip), before it runs: take it first, as every write does.
   */
  lock(key: string): Promise<void>;
}

/** What a transaction's work gets: the statements, and writes to send with the COMMIT. */
export interface Tx extends Sql {
  /**
   * A write whose result the work does not need, run by the time the transaction commits:
   * on PostgreSQL it goes to the server in the one round trip of the COMMIT (each round trip
   * is the answer route's main cost there); SQLite runs it at once. Its failure fails the
   * transaction like any other statement's.
   */
  runAtCommit(text: string, params?: readonly Param[]): void;
}

export interface Database extends Sql {
  readonly provider: "sqlite" | "postgresql";
  /**
   * Runs `work` in one transaction, committed when it resolves and rolled back if it
   * throws; retried from the start when the database reports a conflict, so `work`
   * must only touch the database through `tx` (no other side effects).
   */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * The driver's own handle, for libraries that keep their data beside the app's (the
   * rate limiter): a pool, or a SQLite connection of their own, outside the app's
   * transactions.
   */
  readonly store: { kind: "sqlite"; connection(): BetterSqlite3.Database } | { kind: "postgresql"; pool: Pool };
  close(): Promise<void>;
}

export function asBool(value: unknown): boolean {
  return value === true || value === 1 || value === 1n || value === "1" || value === "t";
}

export function asNumber(value: unknown): number {
  return typeof value === "number" ? value : Number(value ?? 0);
}

// SQLite stores dates as Prisma's adapter wrote them (ISO 8601 text); PostgreSQL's
// driver returns Date objects.
export function asDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === "number") return new Date(value);
  const text = String(value);
  return new Date(text.includes("T") ? text : `${text.replace(" ", "T")}Z`);
}

export function asDateOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : asDate(value);
}

/** Dates as Prisma's SQLite adapter stores them, so rows written by either compare the same. */
export function toSqliteDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/**
 * A query's rows in pages (LIMIT/OFFSET on an ordered query), each read on its own, so an
 * export of many rows never holds the connection, or all the rows, at once.
 */
export async function* pagesOf<T = Row>(sql: Sql, text: string, params: readonly Param[], pageSize: number): AsyncGenerator<T[]> {
  for (let offset = 0; ; offset += pageSize) {
    const page = await sql.all<T>(`${text} LIMIT ? OFFSET ?`, [...params, pageSize, offset]);
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
  }
}
