import pg from "pg";
import type { Database, Param, Sql } from "./sql";

// PostgreSQL through a pg pool. A transaction runs READ COMMITTED on one pooled
// connection and first takes its learner's advisory lock (tx.lock), so one learner's
// writes run one at a time, as on SQLite, while different learners' run side by side.
// (SERIALIZABLE was tried first: under a split answer load from two servers, predicate-lock
// false positives between different learners failed 24 of 4,070 answers after 12 retries.)
// A deadlock or a unique-key race rolls the transaction back and runs it again, a few
// times, after a short random wait.

const RETRYABLE = new Set(["40001", "40P01", "23505"]);
const MAX_ATTEMPTS = 12;

// Counts and sums as numbers, not strings; timestamps (stored without a zone, in UTC)
// read back as UTC rather than in the process's local zone.
pg.types.setTypeParser(20, (text) => Number(text));
pg.types.setTypeParser(1700, (text) => Number(text));
pg.types.setTypeParser(1114, (text) => new Date(`${text.replace(" ", "T")}Z`));

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
// app's; an answer is five to seven statements). The app's SQL is a fixed set of texts;
// past MAX_NAMED distinct ones (never reached), statements go unnamed rather than
// filling every connection with plans.
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

function sqlOn(client: Queryable): Sql {
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
 * A transaction's statements on its pooled client. BEGIN is sent with the first
 * statement rather than alone, and when that statement is the learner's lock (every
 * write transaction's first), both go in one simple query: one round trip fewer per
 * transaction. The key goes in as an escaped literal, since a simple query has no
 * parameters. `begun()` says whether anything was sent (else there is nothing to end).
 */
function transactionOn(client: pg.PoolClient): Sql & { begun(): boolean } {
  const onClient = sqlOn(client);
  let begun = false;
  const begin = async () => {
    if (begun) return;
    begun = true;
    await client.query("BEGIN");
  };
  return {
    begun: () => begun,
    async all<T>(text: string, params?: readonly Param[]) {
      await begin();
      return onClient.all<T>(text, params);
    },
    async get<T>(text: string, params?: readonly Param[]) {
      await begin();
      return onClient.get<T>(text, params);
    },
    async run(text: string, params?: readonly Param[]) {
      await begin();
      return onClient.run(text, params);
    },
    async lock(key: string) {
      if (begun) return onClient.lock(key);
      begun = true;
      await client.query(`BEGIN; SELECT pg_advisory_xact_lock(hashtextextended(${client.escapeLiteral(key)}, 0))`);
    },
  };
}

function isRetryable(error: unknown): boolean {
  return typeof error === "object" && error !== null && RETRYABLE.has(String((error as { code?: unknown }).code));
}

export function postgresDatabase(url: string, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client's error (the server restarted) must not crash the process.
  pool.on("error", (error) => console.error("[database] idle connection lost:", error.message));
  return {
    provider: "postgresql",
    ...sqlOn(pool),
    async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        const tx = transactionOn(client);
        try {
          const result = await work(tx);
          if (tx.begun()) await client.query("COMMIT");
          return result;
        } catch (error) {
          if (tx.begun()) await client.query("ROLLBACK").catch(() => undefined);
          if (!isRetryable(error) || attempt >= MAX_ATTEMPTS) throw error;
        } finally {
          client.release();
        }
        await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(2 ** attempt, 50)));
      }
    },
    store: { kind: "postgresql", pool },
    async close() {
      await pool.end();
    },
  };
}
