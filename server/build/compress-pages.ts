// Writes the front cache of a build to disk, once, after `next build`: every cacheable
// page as this build's Next answers it (status, headers, HTML), uncompressed and
// compressed with gzip and brotli. Workers then read these files instead of asking Next
// for every page and compressing it at each start, which took 72 s and 480 MB a worker
// with 50 documents.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { storableHeaders } from "../page-cache/rules";
import { INDEX_FILE, type StoredPagesIndex, storedPagesDir, variantFile } from "../page-cache/stored-pages";

// Compression runs on libuv's threads while the next page is fetched.
const CONCURRENCY = 4;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const compressGzip = (body: Buffer) => gzipAsync(body, { level: 9 });
const compressBrotli = (body: Buffer) =>
  brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 10, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });

export type CompressResult = { stored: number; skipped: string[]; bytes: number };

/**
 * Fetches each of `paths` from `baseUrl` (a Next handler serving the build in `distDir`)
 * and writes the 200 answers with their compressed forms and index into the build.
 * The index is written last, under a temporary name renamed into place, so a build
 * interrupted half-way has no index and is compressed again.
 */
export async function compressPages({
  distDir,
  buildId,
  baseUrl,
  paths,
}: {
  distDir: string;
  buildId: string;
  baseUrl: string;
  paths: string[];
}): Promise<CompressResult> {
  const dir = storedPagesDir(distDir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const index: StoredPagesIndex = { buildId, headerSets: [], pages: {} };
  const headerSetIds = new Map<string, number>();
  const skipped: string[] = [];
  let bytes = 0;

  const storeOne = async (path: string, number: number) => {
    // identity: the stored body is the page itself, compressed here once.
    const response = await fetch(baseUrl + encodeURI(path), { headers: { "accept-encoding": "identity" }, redirect: "manual" });
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200 || response.headers.has("content-encoding") || response.headers.has("set-cookie")) {
      skipped.push(`${path} (${response.status})`);
      return;
    }
    const headers = storableHeaders([...response.headers]);
    const key = JSON.stringify(headers);
    let headerSet = headerSetIds.get(key);
    if (headerSet === undefined) {
      headerSet = index.headerSets.push(headers) - 1;
      headerSetIds.set(key, headerSet);
    }
    const page = { status: response.status, headers: headerSet, file: `${number}.html` };
    const [gzipped, brotli] = await Promise.all([compressGzip(body), compressBrotli(body)]);
    writeFileSync(variantFile(dir, page, "identity"), body);
    writeFileSync(variantFile(dir, page, "gzip"), gzipped);
    writeFileSync(variantFile(dir, page, "br"), brotli);
    bytes += body.length + gzipped.length + brotli.length;
    index.pages[path] = page;
  };

  const queue = paths.map((path, number) => ({ path, number }));
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await storeOne(item.path, item.number);
    }),
  );
  const indexFile = join(dir, INDEX_FILE);
  writeFileSync(`${indexFile}.tmp`, JSON.stringify(index));
  renameSync(`${indexFile}.tmp`, indexFile);
  return { stored: Object.keys(index.pages).length, skipped, bytes };
}
