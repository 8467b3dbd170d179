import type BetterSqlite3 from "better-sqlite3";
import type { Sql, Tx } from "./sql";

// Group commit for SQLite's write connection. Every commit is fsynced (synchronous=FULL),
// and the fsync, not the SQL, was most of an answer's time on the event loop under load
// (cpu profile: COMMIT about a quarter of a busy worker's samples); each commit also
// took the write lock the other worker was waiting for. So the transactions asked for
// while one batch waits or runs are run together: one BEGIN IMMEDIATE, each transaction
// inside its own SAVEPOINT (a failing one is rolled back alone, exactly as if it had
// run by itself), one COMMIT, one fsync. Nothing is resolved before that COMMIT has
// returned, so a transaction acknowledged to a client is on disk as before; one whose
// batch fails to commit is rejected, and stores nothing.

/** Transactions per batch, so one batch never holds the write lock (and the event loop) for long. */
export const MAX_BATCH = 64;

type Pending = { work: (tx: Tx) => Promise<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export type GroupCommitter = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

/**
 * A `transaction` function over `connection`: `begin` takes the write lock (BEGIN
 * IMMEDIATE, waiting for another process), `sql` runs statements on the connection.
 */
export function groupCommitter(connection: BetterSqlite3.Database, begin: () => Promise<void>, sql: Sql): GroupCommitter {
  let pending: Pending[] = [];
  let running = false;

  /** One transaction's work; a write for the commit runs at once (SQLite has no round trips to save), its failure the work's. */
  async function runUnit(work: (tx: Tx) => Promise<unknown>): Promise<unknown> {
    const atCommit: Promise<number>[] = [];
    const tx: Tx = {
      ...sql,
      runAtCommit(text, params) {
        const done = sql.run(text, params);
        done.catch(() => undefined); // awaited below; unhandled only if the work throws first
        atCommit.push(done);
      },
    };
    const value = await work(tx);
    await Promise.all(atCommit);
    return value;
  }

  async function runBatch(batch: Pending[]): Promise<void> {
    const outcomes: Outcome[] = [];
    for (const unit of batch) {
      connection.exec("SAVEPOINT unit");
      try {
        const value = await runUnit(unit.work);
        connection.exec("RELEASE unit");
        outcomes.push({ ok: true, value });
      } catch (error) {
        // An I/O error or a full disk may have ended the whole transaction: what the batch
        // did so far is gone, so every transaction in it fails, as each would have alone.
        if (!connection.inTransaction) throw error;
        connection.exec("ROLLBACK TO unit");
        connection.exec("RELEASE unit");
        outcomes.push({ ok: false, error });
      }
    }
    connection.exec("COMMIT");
    batch.forEach((unit, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) unit.resolve(outcome.value);
      else unit.reject(outcome.error);
    });
  }

  async function drain(): Promise<void> {
    while (pending.length > 0) {
      let batch: Pending[] = [];
      try {
        // Transactions asked for while this one waits for the lock join its batch.
        await begin();
        batch = pending.slice(0, MAX_BATCH);
        pending = pending.slice(MAX_BATCH);
        await runBatch(batch);
      } catch (error) {
        if (connection.inTransaction) connection.exec("ROLLBACK");
        // The batch failed to commit, or the write lock never came (another process held
        // it past the wait): then every transaction waiting for it fails the same way.
        const failed = batch.length > 0 ? batch : pending.splice(0);
        for (const unit of failed) unit.reject(error);
      }
    }
    running = false;
  }

  return <T>(work: (tx: Tx) => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (running) return;
      running = true;
      // After the current turn's I/O callbacks: the answers read in this turn share a batch.
      setImmediate(() => void drain());
    });
}
