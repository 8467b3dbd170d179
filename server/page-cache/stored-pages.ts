// The on-disk form of the front cache, written once per build (build/compress-pages.ts)
// and read by every worker (page-store.ts): each cacheable page as it came from Next,
// uncompressed, gzip and brotli, beside one small index. Shared by writer and reader so
// that the two cannot disagree on names.
import { join } from "node:path";
import type { Encoding } from "./rules";

export const STORED_PAGES_FOLDER = "compressed-pages";
export const INDEX_FILE = "index.json";

export type StoredPage = {
  status: number;
  /** Index into `headerSets`: most pages share one set, stored once. */
  headers: number;
  /** Base name of the page's files in the folder: `<file>`, `<file>.gz`, `<file>.br`. */
  file: string;
};

export type StoredPagesIndex = {
  /** Next's BUILD_ID of the build these pages came from; another build's pages are never served. */
  buildId: string;
  headerSets: [string, string][][];
  pages: Record<string, StoredPage>;
};

export function storedPagesDir(distDir: string): string {
  return join(distDir, STORED_PAGES_FOLDER);
}

const SUFFIX: Record<Encoding, string> = { identity: "", gzip: ".gz", br: ".br" };

export function variantFile(dir: string, page: StoredPage, encoding: Encoding): string {
  return join(dir, page.file + SUFFIX[encoding]);
}
