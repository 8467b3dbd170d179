// The worker's side of the front cache: the index of the build's compressed pages
// (a few hundred bytes a page) is read at start-up, and page bodies are read from disk
// when first asked for and kept in a byte-bounded LRU. Start-up time and memory
// therefore stay the same whatever the number of pages; the pages people actually
// read are answered from memory, a crawl through every page does not push them out
// (request-counts.ts), and the pages it reads are read into reused buffers (read-buffers.ts).
import { existsSync, readFileSync } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { join } from "node:path";
import { ByteLru } from "./byte-lru";
import { ReadBuffers } from "./read-buffers";
import { RequestCounts } from "./request-counts";
import type { Encoding } from "./rules";
import { INDEX_FILE, type StoredPage, type StoredPagesIndex, storedPagesDir, variantFile } from "./stored-pages";

/**
 * A page in one encoding, ready to write: status, raw header list, body. A page that is
 * not kept in memory has `release`, to call once its response has been written: its body
 * is a buffer that the next such page is read into.
 */
export type PageVariant = { status: number; head: string[]; body: Buffer; release?: () => void };

// What an entry costs beyond its body: its header list and the Map's bookkeeping.
const ENTRY_OVERHEAD_BYTES = 2048;
// Idle read buffers kept for reuse: enough for a worker's concurrent reads of study pages.
const IDLE_READ_BUFFER_BYTES = 8 * 1024 * 1024;

async function readInto(file: FileHandle, buffer: Buffer, size: number): Promise<void> {
  for (let offset = 0; offset < size;) {
    const { bytesRead } = await file.read(buffer, offset, size - offset, offset);
    if (bytesRead === 0) throw new Error(`stored page ended after ${offset} of ${size} bytes`);
    offset += bytesRead;
  }
}

export class PageStore {
  private readonly cache: ByteLru<PageVariant>;
  private readonly requests = new RequestCounts();
  private readonly buffers = new ReadBuffers(IDLE_READ_BUFFER_BYTES);
  private readonly reading = new Map<string, Promise<PageVariant | null>>();
  private readonly heads: string[][];

  constructor(
    private readonly dir: string,
    private readonly index: StoredPagesIndex,
    maxBytes: number,
  ) {
    this.cache = new ByteLru(maxBytes);
    this.heads = index.headerSets.map((set) => set.flat());
  }

  get pageCount(): number {
    return Object.keys(this.index.pages).length;
  }

  /** Whether the build stored this path (a cache key from rules.ts). */
  has(path: string): boolean {
    return Object.hasOwn(this.index.pages, path);
  }

  /** The variant when it is already in memory: the hot path, with no await. Counts the request. */
  cached(path: string, encoding: Encoding): PageVariant | undefined {
    const key = `${encoding} ${path}`;
    this.requests.record(key);
    return this.cache.get(key);
  }

  /**
   * Reads a stored variant from disk; null when the build did not store the path. It is
   * kept in memory while there is room, or in the place of pages asked for far less often;
   * otherwise it comes in a reused buffer, with `release`. Requests that miss the same
   * variant at once wait for the first one's read and share it when it is kept: each used
   * to read its own copy, and 32 connections asking for a 1.3 MB home page left 40 MB behind.
   */
  async load(path: string, encoding: Encoding): Promise<PageVariant | null> {
    const key = `${encoding} ${path}`;
    const pending = this.reading.get(key);
    if (pending) {
      const shared = await pending.catch(() => null);
      if (shared && !shared.release) return shared;
      return this.read(key, path, encoding);
    }
    const reading = this.read(key, path, encoding).finally(() => this.reading.delete(key));
    this.reading.set(key, reading);
    return reading;
  }

  private async read(key: string, path: string, encoding: Encoding): Promise<PageVariant | null> {
    const page: StoredPage | undefined = this.index.pages[path];
    if (!page) return null;
    const file = await open(variantFile(this.dir, page, encoding), "r");
    try {
      const { size } = await file.stat();
      const head = [...(this.heads[page.headers] ?? [])];
      if (encoding !== "identity") head.push("content-encoding", encoding);
      head.push("content-length", String(size));
      const admit = (victim: string) => this.requests.outranks(key, victim);
      const bytes = size + ENTRY_OVERHEAD_BYTES;
      if (this.cache.wouldKeep(bytes, admit)) {
        const body = Buffer.allocUnsafeSlow(size);
        await readInto(file, body, size);
        const variant = { status: page.status, head, body };
        this.cache.set(key, variant, bytes, admit);
        return variant;
      }
      const buffer = this.buffers.take(size);
      try {
        await readInto(file, buffer, size);
      } catch (error) {
        this.buffers.give(buffer);
        throw error;
      }
      return { status: page.status, head, body: buffer.subarray(0, size), release: () => this.buffers.give(buffer) };
    } finally {
      await file.close();
    }
  }
}

/**
 * The store of the build in `distDir`, or why it cannot be used: pages compressed for
 * another build would serve stale HTML, so a mismatch stops the start.
 */
export function openPageStore(distDir: string, buildId: string, maxBytes: number): PageStore {
  const dir = storedPagesDir(distDir);
  const file = join(dir, INDEX_FILE);
  if (!existsSync(file)) throw new Error(`${file} is missing: the pages of this build were never compressed (run npm run build)`);
  const index = JSON.parse(readFileSync(file, "utf8")) as StoredPagesIndex;
  if (index.buildId !== buildId) throw new Error(`${file} belongs to build ${index.buildId}, not ${buildId} (run npm run build)`);
  return new PageStore(dir, index, maxBytes);
}
