import { createRequire } from "node:module";
import { join } from "node:path";
import { Worker } from "node:worker_threads";

// WAL checkpoints off the event loop. By default SQLite checkpoints inside the COMMIT that
// takes the WAL past 1,000 pages: that COMMIT copies the pages into the database file and
// fsyncs both files, synchronously, on the worker's one thread (better-sqlite3 has no
// asynchronous calls). Under the answer load that was a 20-47 ms stall about once a second
// per worker (COMMIT's slowest per 2 s window; 0.5-3 ms otherwise), every request in
// flight on that worker waiting it out. So the app's connections checkpoint only as a
// backstop (a WAL past BACKSTOP_AUTOCHECKPOINT_PAGES), and a thread of each process runs a
// PASSIVE checkpoint every CHECKPOINT_INTERVAL_MS on a connection of its own. A passive
// checkpoint waits for no one and blocks no reader or writer; it copies what no reader
// still needs, and the WAL is reused from its start once everything has been copied.

export const CHECKPOINT_INTERVAL_MS = 250;
/**
 * A WAL this long (frames of 4 KB) is started over. Under a steady load the passive
 * checkpoint is never complete (new frames arrive while it runs), and SQLite reuses the WAL
 * from its start only once it is: so the thread then tries a RESTART checkpoint, which
 * takes the write lock for as long as it copies the last frames and fsyncs (a writer
 * meanwhile waits as for any other writer), and gives up at once if it cannot have it.
 */
export const RESTART_FRAMES = 4_000;
/** The app's connections checkpoint themselves only past this many WAL pages (about 40 MB), e.g. if the thread is gone. */
export const BACKSTOP_AUTOCHECKPOINT_PAGES = 10_000;

/** As the app's connections wait while opening (sqlite-driver.ts). */
const OPEN_TIMEOUT_MS = 10_000;

// Plain CommonJS, run as the thread's source: the thread needs no file of its own in the
// build. A checkpoint another process's thread is running makes this one busy: skipped.
const THREAD_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const report = (what, error) => parentPort.postMessage(what + ": " + String((error && error.message) || error));
let db = null;
try {
  const Database = require(workerData.modulePath);
  // Opening waits as the app's connections do (another process may be recovering the
  // WAL); a checkpoint then waits for no one.
  db = new Database(workerData.file, { fileMustExist: true, timeout: workerData.openTimeoutMs });
  db.pragma("busy_timeout = 0");
  db.pragma("synchronous = FULL");
} catch (error) {
  report("cannot open " + workerData.file, error);
}
if (db) {
  setInterval(() => {
    try {
      const [{ log }] = db.pragma("wal_checkpoint(PASSIVE)");
      if (log >= workerData.restartFrames) db.pragma("wal_checkpoint(RESTART)");
    } catch (error) {
      if (!/^SQLITE_(BUSY|LOCKED)/.test(String(error && error.code))) report("checkpoint failed", error);
    }
  }, workerData.intervalMs);
}
`;

export type Checkpointer = { stop(): Promise<void> };

/**
 * Starts the checkpoint thread for `file`. `onFailure` is called once if the thread cannot
 * start or fails (the caller then lets its write connection checkpoint as SQLite would).
 */
export function startCheckpointer(file: string, onFailure: (reason: string) => void, intervalMs = CHECKPOINT_INTERVAL_MS): Checkpointer {
  let failed = false;
  const fail = (reason: string) => {
    if (failed) return;
    failed = true;
    onFailure(reason);
  };
  let thread: Worker;
  try {
    // The server runs from the project's root, whose node_modules ships with the build.
    const modulePath = createRequire(join(process.cwd(), "package.json")).resolve("better-sqlite3");
    thread = new Worker(THREAD_SOURCE, {
      eval: true,
      workerData: { file, modulePath, intervalMs, restartFrames: RESTART_FRAMES, openTimeoutMs: OPEN_TIMEOUT_MS },
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
    return { stop: async () => undefined };
  }
  // A process ends when its work does; the thread never holds it open.
  thread.unref();
  thread.on("message", (message: unknown) => fail(String(message)));
  // An error thrown in the thread may arrive as a plain object, not an Error.
  thread.on("error", (error: unknown) => fail(String((error as { message?: unknown } | null)?.message ?? error)));
  let stopping = false;
  thread.on("exit", (code) => {
    if (!stopping) fail(`checkpoint thread exited (${code})`);
  });
  return {
    async stop() {
      stopping = true;
      await thread.terminate();
    },
  };
}
