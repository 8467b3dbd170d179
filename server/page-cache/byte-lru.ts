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

  /** Whether `set` would store an entry of `bytes` now, asking `admit` as it would. */
  wouldKeep(bytes: number, admit: (victim: string) => boolean = () => true): boolean {
    return this.victimsFor(bytes, admit) !== null;
  }

  /**
   * Stores `value`, evicting the least recently used entries to make room. An entry larger
   * than the whole budget is not kept, nor one that `admit` refuses to put in the place of
   * one of the entries it would evict (it is asked about each, least recently used first).
   * Returns whether the entry was stored.
   */
  set(key: string, value: V, bytes: number, admit: (victim: string) => boolean = () => true): boolean {
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.held -= previous.bytes;
    }
    const victims = this.victimsFor(bytes, admit);
    if (victims === null) return false;
    for (const victim of victims) {
      this.held -= this.entries.get(victim)!.bytes;
      this.entries.delete(victim);
    }
    this.entries.set(key, { value, bytes });
    this.held += bytes;
    return true;
  }

  /** The least recently used keys to evict for `bytes` more, or null when that is not possible or `admit` refuses one. */
  private victimsFor(bytes: number, admit: (victim: string) => boolean): string[] | null {
    if (bytes > this.maxBytes) return null;
    const victims: string[] = [];
    let freed = 0;
    for (const [oldest, entry] of this.entries) {
      if (this.held - freed + bytes <= this.maxBytes) break;
      if (!admit(oldest)) return null;
      victims.push(oldest);
      freed += entry.bytes;
    }
    return victims;
  }
}
