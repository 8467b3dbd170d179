import type pg from "pg";
import type { Param, Tx } from "./sql";
import { inlined, sqlOn } from "./postgres-statements";

// One transaction's statements on its pooled client, in as few round trips as the work
// allows, since each one costs both the app and PostgreSQL CPU (the answer route's main
// cost on PostgreSQL; measured with scripts/perf/profile-answers.mjs):
// - BEGIN is sent with the first statement, and when that is the learner's lock (every
//   write transaction's first), both go in one simple query (the key as a literal);
// - writes whose results the work does not need (runAtCommit) go with the COMMIT, in one
//   simple query, their values as literals (postgres-statements.ts).

export type OpenTransaction = Tx & {
  /** Ends the transaction: the writes kept for the commit, then COMMIT, in one round trip. */
  commit(): Promise<void>;
  /** Rolls back whatever was sent (nothing to do when nothing was). */
  rollback(): Promise<void>;
};

export function transactionOn(client: pg.PoolClient): OpenTransaction {
  const statements = sqlOn(client);
  const atCommit: string[] = [];
  let begun = false;
  const begin = async () => {
    if (begun) return;
    begun = true;
    await client.query("BEGIN");
  };
  return {
    async all<T>(text: string, params?: readonly Param[]) {
      await begin();
      return statements.all<T>(text, params);
    },
    async get<T>(text: string, params?: readonly Param[]) {
      await begin();
      return statements.get<T>(text, params);
    },
    async run(text: string, params?: readonly Param[]) {
      await begin();
      return statements.run(text, params);
    },
    async lock(key: string) {
      if (begun) return statements.lock(key);
      begun = true;
      await client.query(`BEGIN; SELECT pg_advisory_xact_lock(hashtextextended(${client.escapeLiteral(key)}, 0))`);
    },
    runAtCommit(text: string, params: readonly Param[] = []) {
      atCommit.push(inlined(client, text, params));
    },
    async commit() {
      if (atCommit.length === 0) {
        if (begun) await client.query("COMMIT");
        return;
      }
      const writes = [...(begun ? [] : ["BEGIN"]), ...atCommit, "COMMIT"];
      begun = true;
      await client.query(writes.join(";\n"));
    },
    async rollback() {
      if (begun) await client.query("ROLLBACK").catch(() => undefined);
    },
  };
}
