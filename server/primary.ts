// The primary of the production server: forks the workers (which share the listening
// port through node:cluster), says "ready" once every worker listens, replaces a worker
// that dies, and on SIGINT/SIGTERM stops them all politely.
import cluster, { type Worker } from "node:cluster";
import { DATABASE_READY } from "./start-gate";

const STOP_GRACE_MS = 6_000;

const liveWorkers = (): Worker[] => Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);

/** `gate` resolves when the database is ready; workers forked before then hold their port until told. */
export function runPrimary({ workers, gate }: { workers: number; gate: Promise<void> }): void {
  // Each worker accepts its own connections. Under Node's default round-robin the primary
  // hands connections over one at a time, each waiting for the worker's next event-loop
  // turn: at 1,000 connections the API's turns grew long and new connections waited past
  // their clients' 10 s timeout before a worker saw them (77–438 timeouts in 10 s with load
  // shedding on; none in 20 s without round-robin). A busy worker also accepts less, which
  // is the balance overload wants.
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  let stopping = false;
  const ready = new Set<number>();
  let databaseReady = false;
  const fork = () => cluster.fork(databaseReady ? {} : { SERVER_HOLD: "1" });
  void gate.then(() => {
    databaseReady = true;
    for (const worker of liveWorkers()) worker.send({ type: DATABASE_READY });
  });

  let announced = false;
  cluster.on("message", (worker, message: { type?: string; pages?: number } | undefined) => {
    if (message?.type !== "ready") return;
    ready.add(worker.id);
    if (!announced && ready.size === workers) {
      announced = true;
      console.log(`✓ ready: ${workers} workers, ${message.pages} prerendered pages served from disk through a memory cache in each`);
    }
  });
  cluster.on("exit", (worker, code, signal) => {
    const wasReady = ready.delete(worker.id);
    if (stopping) {
      if (liveWorkers().length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    // A worker that dies before it is ready (port taken, broken build) would die again.
    if (!wasReady) {
      console.error(`worker ${worker.process.pid} exited (${signal ?? code}) while starting; stopping the server`);
      stopping = true;
      for (const other of liveWorkers()) other.process.kill("SIGTERM");
      process.exitCode = 1;
      if (liveWorkers().length === 0) process.exit(1);
      return;
    }
    console.error(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    fork();
  });
  for (let i = 0; i < workers; i++) fork();

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      for (const worker of liveWorkers()) worker.process.kill(signal);
      setTimeout(() => process.exit(0), STOP_GRACE_MS).unref();
    });
  }
}
