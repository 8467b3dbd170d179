// Load shedding: past what a worker can answer in time, a request is answered at once
// with 503 and Retry-After instead of waiting longer than its client will (at 1,000
// connections, before this, the API timed out 1,037 requests in 10 s). Two signals:
// - the turn's work: Next's handler runs most API requests to completion on microtasks,
//   so a worker serves the requests of one event-loop turn one after another and the last
//   waits for all the others; once a turn has spent `turnBudgetMs` on requests, the rest
//   of that turn's requests are shed, which bounds every accepted request's wait (500 ms
//   by default: at 1,000 connections, 0 timeouts in 20 s; 1,000 ms left a few). Only in a
//   turn with more than `minTurnRequests` (32) requests: a few slow ones (bench:load's 32
//   clients on a busy machine, whose answers were shed at 16) are a slow server, not a
//   queue that outlasts its clients (at 64, turns of 30–60 slow requests at 1,000
//   connections went unshed: 112 timeouts; at 32, none);
// - requests in flight across turns (waiting on I/O), at most `maxInFlight`.
// Pages served from the front cache cost too little to count and are never shed.

export type LoadShedderOptions = {
  maxInFlight: number;
  turnBudgetMs: number;
  minTurnRequests: number;
  now?: () => number;
  /** Runs a callback once the current event-loop turn's I/O is handled (setImmediate). */
  afterTurn?: (callback: () => void) => void;
};

export class LoadShedder {
  private inFlight = 0;
  private turnStartedAt: number | null = null;
  private turnRequests = 0;
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
      this.turnRequests = 0;
      this.afterTurn(() => (this.turnStartedAt = null));
    }
    this.turnRequests += 1;
    if (now - this.turnStartedAt > this.options.turnBudgetMs && this.turnRequests > this.options.minTurnRequests) return false;
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
