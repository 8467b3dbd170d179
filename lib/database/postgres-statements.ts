import type pg from "pg";
import type { Param, Sql } from "./sql";

// The app's SQL on a pg client or pool: `?` placeholders numbered, values converted, and
// every statement a named prepared statement; and, for the few statements sent in a
// simple query (no parameters there), their values written as escaped literals.

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

// Each statement of the app as a named prepared statement: PostgreSQL parses and plans
// it once per connection instead of on every call (its CPU shares the machine with the
// app's: 1.9-2.3 ms per answer unnamed, 1.45-1.55 ms named). The app's SQL is a fixed set
// of texts; past MAX_NAMED distinct ones (never reached), statements go unnamed rather
// than filling every connection with plans.
const MAX_NAMED = 500;
type Statement = { name?: string; text: string };
const statements = new Map<string, Statement>();
function statementFor(text: string): Statement {
  let statement = statements.get(text);
  if (statement === undefined) {
    statement = statements.size < MAX_NAMED ? { name: `app_${statements.size}`, text: numberPlaceholders(text) } : { text: numberPlaceholders(text) };
    statements.set(text, statement);
  }
  return statement;
}

function query(client: Queryable, text: string, params: readonly Param[]) {
  return client.query({ ...statementFor(text), values: params.map(toValue) });
}

export function sqlOn(client: Queryable): Sql {
  return {
    async all<T>(text: string, params: readonly Param[] = []) {
      return (await query(client, text, params)).rows as T[];
    },
    async get<T>(text: string, params: readonly Param[] = []) {
      return (await query(client, text, params)).rows[0] as T | undefined;
    },
    async run(text: string, params: readonly Param[] = []) {
      return (await query(client, text, params)).rowCount ?? 0;
    },
    async lock(key: string) {
      await client.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [key]);
    },
  };
}

/**
 * A value as an SQL literal, for a statement sent in a simple query: strings (and dates,
 * as ISO text) escaped by pg's own escapeLiteral, numbers only when finite (negative ones
 * in parentheses, so no `-` can follow another into a comment), booleans and NULL as
 * keywords. PostgreSQL gives an untyped literal the type its place needs, as it does an
 * untyped parameter, so the statement means the same as with parameters.
 */
export function literal(client: Pick<pg.ClientBase, "escapeLiteral">, value: Param): string {
  if (value === null) return "NULL";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to PostgreSQL`);
    return value < 0 ? `(${value})` : String(value);
  }
  return client.escapeLiteral(value instanceof Date ? value.toISOString() : value);
}

/** A statement with its values written in, for a simple query. */
export function inlined(client: Pick<pg.ClientBase, "escapeLiteral">, text: string, params: readonly Param[]): string {
  let index = 0;
  const sql = text.replace(/\?/g, () => {
    if (index >= params.length) throw new Error(`fewer values than placeholders in: ${text}`);
    return literal(client, params[index++]!);
  });
  if (index !== params.length) throw new Error(`more values than placeholders in: ${text}`);
  return sql;
}
