import pg from "pg";
import type { Param, Sql } from "./sql";

// The app's SQL on a pg client or pool: `?` placeholders numbered, values converted, and
// every statement a prepared statement, parsed and planned once per connection:
// - sent on its own, through the extended protocol as a named statement;
// - sent with others in one simple query (a transaction's first statement after its BEGIN
//   and lock, the writes that go with its COMMIT: postgres-transaction.ts), as an EXECUTE
//   of the same statement made once per connection with an SQL PREPARE, its values written
//   as quoted literals, which PostgreSQL reads exactly as the extended protocol's text values.

/** `?` placeholders as PostgreSQL's `$1, $2, …` (the app's SQL never has `?` in a literal). */
export function numberPlaceholders(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

// Dates go in as ISO text in UTC: a `timestamp` column ignores the zone suffix, so the
// stored wall time is UTC whatever the server's or the process's time zone.
function toValue(param: Param): string | number | boolean | null {
  return param instanceof Date ? param.toISOString() : param;
}

type Queryable = Pick<pg.Pool, "query">;
type Escaper = Pick<pg.ClientBase, "escapeLiteral">;

// Each statement of the app prepared: PostgreSQL parses and plans it once per connection
// instead of on every call (its CPU shares the machine with the app's: 1.9-2.3 ms per
// answer unnamed, 1.45-1.55 ms named). The app's SQL is a fixed set of texts; past
// MAX_NAMED distinct ones (never reached), statements go unprepared rather than filling
// every connection with plans. Protocol-level and SQL-level prepared statements share one
// namespace per connection, hence the two prefixes.
const MAX_NAMED = 500;
type Statement = { text: string; name?: string; executable?: string; placeholders: number };
const statements = new Map<string, Statement>();
function statementFor(text: string): Statement {
  let statement = statements.get(text);
  if (statement === undefined) {
    const numbered = numberPlaceholders(text);
    const placeholders = (text.match(/\?/g) ?? []).length;
    const n = statements.size;
    statement = n < MAX_NAMED ? { text: numbered, name: `app_${n}`, executable: `app_sql_${n}`, placeholders } : { text: numbered, placeholders };
    statements.set(text, statement);
  }
  return statement;
}

/** A statement on its own (extended protocol): its whole result. */
export function queryOn(client: Queryable, text: string, params: readonly Param[] = []): Promise<pg.QueryResult> {
  const { name, text: numbered } = statementFor(text);
  return client.query({ name, text: numbered, values: params.map(toValue) });
}

export function sqlOn(client: Queryable): Sql {
  return {
    async all<T>(text: string, params: readonly Param[] = []) {
      return (await queryOn(client, text, params)).rows as T[];
    },
    async get<T>(text: string, params: readonly Param[] = []) {
      return (await queryOn(client, text, params)).rows[0] as T | undefined;
    },
    async run(text: string, params: readonly Param[] = []) {
      return (await queryOn(client, text, params)).rowCount ?? 0;
    },
    async lock(key: string) {
      await client.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [key]);
    },
  };
}

/** The statement that takes a learner's (or any key's) lock, for a simple query. */
export function lockStatement(client: Escaper, key: string): string {
  return `SELECT pg_advisory_xact_lock(hashtextextended(${client.escapeLiteral(key)}, 0))`;
}

// The SQL-level prepared statements each connection has made (PREPARE outlives a rolled-back
// transaction, and ends with its connection).
const preparedOn = new WeakMap<object, Set<string>>();

/**
 * Makes the SQL-level prepared statements that `texts` need and `client` does not have yet
 * (once per connection and statement; nothing to send when all are there), so that
 * `executeText` can send them. One PREPARE per round trip, so that each one known to be
 * made is made. Inside a transaction it is part of it: a failure fails it.
 */
export async function prepareOn(client: Queryable, texts: readonly string[]): Promise<void> {
  let prepared = preparedOn.get(client);
  if (prepared === undefined) preparedOn.set(client, (prepared = new Set()));
  for (const text of texts) {
    const { executable, text: numbered } = statementFor(text);
    if (executable === undefined || prepared.has(executable)) continue;
    await client.query(`PREPARE ${executable} AS ${numbered}`);
    prepared.add(executable);
  }
}

/**
 * A statement as sent in a simple query: `EXECUTE` of its prepared form (prepareOn first),
 * with each value as a quoted literal of its text (as the extended protocol sends it), or,
 * past the cap on prepared statements, the statement with its values written in (inlined).
 */
export function executeText(client: Escaper, text: string, params: readonly Param[]): string {
  const { executable, placeholders } = statementFor(text);
  if (executable === undefined) return inlined(client, text, params);
  if (params.length < placeholders) throw new Error(`fewer values than placeholders in: ${text}`);
  if (params.length > placeholders) throw new Error(`more values than placeholders in: ${text}`);
  if (params.length === 0) return `EXECUTE ${executable}`;
  const values = params.map((param) => {
    const value = toValue(param);
    return value === null ? "NULL" : client.escapeLiteral(String(value));
  });
  return `EXECUTE ${executable}(${values.join(", ")})`;
}

/**
 * A value as an SQL literal, for a statement sent in a simple query: strings (and dates,
 * as ISO text) escaped by pg's own escapeLiteral, numbers only when finite (negative ones
 * in parentheses, so no `-` can follow another into a comment), booleans and NULL as
 * keywords. PostgreSQL gives an untyped literal the type its place needs, as it does an
 * untyped parameter, so the statement means the same as with parameters.
 */
export function literal(client: Escaper, value: Param): string {
  if (value === null) return "NULL";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to PostgreSQL`);
    return value < 0 ? `(${value})` : String(value);
  }
  return client.escapeLiteral(value instanceof Date ? value.toISOString() : value);
}

/** A statement with its values written in, for a simple query. */
export function inlined(client: Escaper, text: string, params: readonly Param[]): string {
  let index = 0;
  const sql = text.replace(/\?/g, () => {
    if (index >= params.length) throw new Error(`fewer values than placeholders in: ${text}`);
    return literal(client, params[index++]!);
  });
  if (index !== params.length) throw new Error(`more values than placeholders in: ${text}`);
  return sql;
}

/**
 * A pg client that sends each query's messages in one write. pg writes a prepared
 * statement's Bind, Describe, Execute and Sync one `write` each, and with TCP_NODELAY
 * each is its own packet: on this project's machines a third of the answer route's
 * socket writes (the profile's writeBuffer), and a wake-up of PostgreSQL's process each.
 * Corked for the length of `query` (which writes them synchronously when the client is
 * idle; a query queued behind another is written as before), they go out in one writev.
 */
export class CorkedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = this.query as (...args: unknown[]) => unknown;
    this.query = ((...args: unknown[]) => {
      // Read at each call: an SSL upgrade replaces the connection's stream.
      const stream = this.connection.stream;
      stream.cork();
      try {
        return query.apply(this, args);
      } finally {
        stream.uncork();
      }
    }) as pg.Client["query"];
  }
}
