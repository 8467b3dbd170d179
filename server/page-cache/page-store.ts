// The worker's side of the front cache: the index of the build's compressed pages
// (a few hundred bytes a page) is read at start-up, and page bodies are read from disk
// when first asked for and kept in a byte-bounded LRU. Start-up time and memory
// therefore stay the same whatever the number of pages; the pages people actually
// read are answered from memory.
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ByteLru } from "./byte-lru";
import type { Encoding } from "./rules";
import { INDEX_FILE, type StoredPage, type StoredPagesIndex, storedPagesDir, variantFile } from "./stored-pages";

/** A page in one encoding, ready to write: status, raw header list, body. */
export type PageVariant = { status: number; head: string[]; body: Buffer };

// What an entry costs beyond its body: its header list and the Map's bookkeeping.
const ENTRY_OVERHEAD_BYTES = 2048;

export class PageStore {
  private readonly cache: ByteLru<PageVariant>;
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

  /** The variant when it is already in memory: the hot path, with no await. */
  cached(path: string, encoding: Encoding): PageVariant | undefined {
    return this.cache.get(`${encoding} ${path}`);
  }

  /** Reads a stored variant from disk and keeps it; null when the build did not store the path. */
  async load(path: string, encoding: Encoding): Promise<PageVariant | null> {
    const page: StoredPage | undefined = this.index.pages[path];
    if (!page) return null;
    const body = await readFile(variantFile(this.dir, page, encoding));
    const head = [...(this.heads[page.headers] ?? [])];
    if (encoding !== "identity") head.push("content-encoding", encoding);
    head.push("content-length", String(body.length));
    const variant = { status: page.status, head, body };
    this.cache.set(`${encoding} ${path}`, variant, body.length + ENTRY_OVERHEAD_BYTES);
    return variant;
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
