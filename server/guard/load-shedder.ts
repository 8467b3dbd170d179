// Load shedding: past what a worker can answer in time, a request is answered at once
// with 503 and Retry-After instead of waiting longer than its client will (at 1,000
// connections, before this, the API timed out 1,037 requests in 10 s). Two signals:
// - the turn's work: Next's handler runs most API requests to completion on microtasks,
//   so a worker serves the requests of one event-loop turn one after another and the last
//   waits for all the others; once a turn has spent `turnBudgetMs` on requests, the rest
//   of that turn's requests are shed, which bounds every accepted request's wait;
// - requests in flight across turns (waiting on I/O), at most `maxInFlight`.
// Pages served from the front cache cost too little to count and are never shed.

export type LoadShedderOptions = {
  maxInFlight: number;
  turnBudgetMs: number;
  now?: () => number;
  /** Runs a callback once the current event-loop turn's I/O is handled (setImmediate). */
  afterTurn?: (callback: () => void) => void;
};

export class LoadShedder {
  private inFlight = 0;
  private turnStartedAt: number | null = null;
  private readonly now: () => number;
  private readonly afterTurn: (callback: () => void) => void;

  constructor(private readonly options: LoadShedderOptions) {
    this.now = options.now ?? (() => performance.now());
    this.afterTurn = options.afterTurn ?? ((callback) => void setImmediate(callback));
  }

  get current(): number {
    return this.inFlight;
  }

  /** Admits a request (the caller must `leave()` when its response closes) or returns false to shed it. */
  tryEnter(): boolean {
    const now = this.now();
    if (this.turnStartedAt === null) {
      this.turnStartedAt = now;
      this.afterTurn(() => (this.turnStartedAt = null));
    }
    if (now - this.turnStartedAt > this.options.turnBudgetMs) return false;
    if (this.inFlight >= this.options.maxInFlight) return false;
    this.inFlight += 1;
    return true;
  }

  leave(): void {
    if (this.inFlight > 0) this.inFlight -= 1;
  }
}

/** Seconds a shed client should wait: long enough for the backlog to drain, short enough not to lose it. */
export const SHED_RETRY_AFTER_SECONDS = 1;
