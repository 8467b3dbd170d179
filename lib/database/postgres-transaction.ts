import type pg from "pg";
import type { Param, Tx } from "./sql";
import { executeText, lockStatement, prepareOn, queryOn, sqlOn } from "./postgres-statements";

// One transaction's statements on its pooled client, in as few round trips as the work
// allows, since each one costs both the app and PostgreSQL CPU (the answer route's main
// cost on PostgreSQL; measured with scripts/perf/profile-answers.mjs):
// - BEGIN, and the locks asked for before the first statement, go with that statement in
//   one simple query (tx.lock resolves at once; the lock is waited for there, before the
//   statement runs, which under READ COMMITTED sees every commit made before it got it);
// - writes whose results the work does not need (runAtCommit) go with the COMMIT, in one
//   simple query;
// - statements in a simple query are EXECUTEs of prepared statements (postgres-statements.ts),
//   so they are not parsed and planned on every call either.
// An answer is two round trips: BEGIN, its learner's lock and its read; its writes and COMMIT.

export type OpenTransaction = Tx & {
  /** Ends the transaction: whatever is still to send, the writes kept for the commit, then COMMIT, in one round trip. */
  commit(): Promise<void>;
  /** Rolls back whatever was sent (nothing to do when nothing was). */
  rollback(): Promise<void>;
};

/** The last statement's result of a simple query (pg gives an array when it held several). */
function lastOf(result: pg.QueryResult | pg.QueryResult[]): pg.QueryResult {
  return Array.isArray(result) ? result[result.length - 1]! : result;
}

export function transactionOn(client: pg.PoolClient): OpenTransaction {
  const statements = sqlOn(client);
  const atCommit: { text: string; params: readonly Param[] }[] = [];
  const locks: string[] = [];
  let begun = false;

  /** BEGIN and the locks asked for so far, when not sent yet (then counted as sent). */
  const opening = (): string[] => {
    if (begun) return [];
    begun = true;
    return ["BEGIN", ...locks.map((key) => lockStatement(client, key))];
  };

  const query = async (text: string, params: readonly Param[] = []): Promise<pg.QueryResult> => {
    if (begun) return queryOn(client, text, params);
    const statement = executeText(client, text, params);
    await prepareOn(client, [text]);
    return lastOf(await client.query([...opening(), statement].join(";\n")));
  };

  return {
    async all<T>(text: string, params?: readonly Param[]) {
      return (await query(text, params)).rows as T[];
    },
    async get<T>(text: string, params?: readonly Param[]) {
      return (await query(text, params)).rows[0] as T | undefined;
    },
    async run(text: string, params?: readonly Param[]) {
      return (await query(text, params)).rowCount ?? 0;
    },
    async lock(key: string) {
      if (begun) return statements.lock(key);
      locks.push(key);
    },
    runAtCommit(text: string, params: readonly Param[] = []) {
      executeText(client, text, params); // a placeholder count that does not match fails here, in the work
      atCommit.push({ text, params });
    },
    async commit() {
      if (atCommit.length === 0) {
        // Nothing sent but locks: nothing was read or written, so there is nothing to commit.
        if (begun) await client.query("COMMIT");
        return;
      }
      await prepareOn(
        client,
        atCommit.map(({ text }) => text),
      );
      const writes = atCommit.map(({ text, params }) => executeText(client, text, params));
      await client.query([...opening(), ...writes, "COMMIT"].join(";\n"));
    },
    async rollback() {
      if (begun) await client.query("ROLLBACK").catch(() => undefined);
    },
  };
}
