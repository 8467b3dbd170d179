// Fills the front cache by asking this worker's own Next handler (through a private
// loopback port) for every cacheable page, once, at startup. What is stored is what Next
// answered (status, headers, body), so the cache cannot drift from Next's own response:
// same security headers, same Vary, same Cache-Control, same HTML.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { cacheablePagePaths, storedPage } from "./page-cache.mjs";

const WARM_CONCURRENCY = 4;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const compress = {
  gzip: (body) => gzipAsync(body, { level: 9 }),
  brotli: (body) => brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 10, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
};

function readJson(file, fallback) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : fallback;
}

/**
 * Fetches each cacheable page of the build in `distDir` from `baseUrl` (this worker,
 * before the cache holds anything) and stores the 200 answers in `cache`.
 * @param {{ distDir: string, baseUrl: string, cache: Map<string, Awaited<ReturnType<typeof storedPage>>> }} options
 * @returns {Promise<{ stored: number, skipped: string[] }>}
 */
export async function warmPageCache({ distDir, baseUrl, cache }) {
  const paths = cacheablePagePaths(
    readJson(join(distDir, "prerender-manifest.json"), { routes: {} }),
    readJson(join(distDir, "server", "functions-config-manifest.json"), {}),
  );
  const skipped = [];
  const warmOne = async (path) => {
    // identity: the stored body is the page itself; the cache compresses it once.
    const response = await fetch(baseUrl + encodeURI(path), { headers: { "accept-encoding": "identity" }, redirect: "manual" });
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200 || response.headers.has("content-encoding") || response.headers.has("set-cookie")) {
      skipped.push(`${path} (${response.status})`);
      return;
    }
    cache.set(path, await storedPage({ status: response.status, headers: [...response.headers], body }, compress));
  };
  // A few at a time: compression runs on libuv's threads while Next renders the next page.
  const queue = [...paths];
  await Promise.all(Array.from({ length: WARM_CONCURRENCY }, async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) await warmOne(path);
  }));
  return { stored: cache.size, skipped };
}
