// How often each key was asked for lately: the page cache keeps a page read from disk
// only when it is asked for more than twice as often as each page it would push out
// (TinyLFU's admission rule, with exact counts over a window instead of a sketch, and a
// margin so that the halving below cannot tip pages asked for equally often). Without
// it, a crawl over more pages than the cache holds replaced a page on every request; a
// replaced page's buffer had lived long enough to reach V8's old generation, and such
// buffers piled up outside the heap until V8's next full collection.
// Every `period` requests all counts are halved (and those at zero dropped), so the
// counts follow what is read now, and the map holds at most about two periods of keys.
export class RequestCounts {
  private readonly counts = new Map<string, number>();
  private recorded = 0;

  constructor(private readonly period = 4096) {}

  get keys(): number {
    return this.counts.size;
  }

  /** Counts one request for `key`. */
  record(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (++this.recorded < this.period) return;
    this.recorded = 0;
    for (const [counted, count] of this.counts) {
      if (count > 1) this.counts.set(counted, count >> 1);
      else this.counts.delete(counted);
    }
  }

  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** Whether `candidate` was asked for more than twice as often as `incumbent`, and so may take its place. */
  outranks(candidate: string, incumbent: string): boolean {
    return this.count(candidate) > 2 * this.count(incumbent);
  }
}
