// A least-recently-used cache bounded by the bytes it holds rather than by its number
// of entries, so a worker's memory stays the same however many pages the build has.
// A Map keeps insertion order: re-inserting on every hit makes its first key the
// least recently used one.
export class ByteLru<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private held = 0;

  constructor(private readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.held;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores `value`, evicting the least recently used entries to make room. An entry larger than the whole budget is not kept. */
  set(key: string, value: V, bytes: number): void {
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.held -= previous.bytes;
    }
    if (bytes > this.maxBytes) return;
    for (const [oldest, entry] of this.entries) {
      if (this.held + bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.held -= entry.bytes;
    }
    this.entries.set(key, { value, bytes });
    this.held += bytes;
  }
}
