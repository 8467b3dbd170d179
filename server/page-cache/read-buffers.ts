// Buffers to read pages into that the cache does not keep, used again once their response
// is written. Reading each such page into a new buffer made every request of a crawl
// allocate its page outside V8's heap (about 100 KB, over 100 MB a second per worker with
// 50 documents); V8 frees such memory only when a collection runs, which it starts after
// some 64 MB of it, so a worker's memory rose by that much under load. Buffers come in
// powers of two (16 KB at least), and those waiting for reuse are bounded by bytes.
const SMALLEST = 16 * 1024;

function sizeClass(bytes: number): number {
  return Math.max(SMALLEST, 2 ** Math.ceil(Math.log2(Math.max(bytes, 1))));
}

export class ReadBuffers {
  private readonly free = new Map<number, Buffer[]>();
  private idle = 0;

  constructor(private readonly maxIdleBytes: number) {}

  /** Bytes in buffers waiting to be used again. */
  get idleBytes(): number {
    return this.idle;
  }

  /** A buffer of at least `bytes` bytes (its contents are whatever was last read into it). */
  take(bytes: number): Buffer {
    const size = sizeClass(bytes);
    const buffer = this.free.get(size)?.pop();
    if (!buffer) return Buffer.allocUnsafeSlow(size);
    this.idle -= size;
    return buffer;
  }

  /** Gives back a buffer from `take` that nothing reads any more; past the bound it is left to the collector. */
  give(buffer: Buffer): void {
    if (buffer.length !== sizeClass(buffer.length) || this.idle + buffer.length > this.maxIdleBytes) return;
    const list = this.free.get(buffer.length);
    if (list) list.push(buffer);
    else this.free.set(buffer.length, [buffer]);
    this.idle += buffer.length;
  }
}
