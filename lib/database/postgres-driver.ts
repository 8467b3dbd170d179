import pg from "pg";
import type { Database, Tx } from "./sql";
import { CorkedClient, sqlOn } from "./postgres-statements";
import { transactionOn } from "./postgres-transaction";

export { numberPlaceholders } from "./postgres-statements";

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

function isRetryable(error: unknown): boolean {
  return typeof error === "object" && error !== null && RETRYABLE.has(String((error as { code?: unknown }).code));
}

export function postgresDatabase(url: string, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, Client: CorkedClient });
  // An idle client's error (the server restarted) must not crash the process.
  pool.on("error", (error) => console.error("[database] idle connection lost:", error.message));
  return {
    provider: "postgresql",
    ...sqlOn(pool),
    async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        const tx = transactionOn(client);
        try {
          const result = await work(tx);
          await tx.commit();
          return result;
        } catch (error) {
          await tx.rollback();
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
