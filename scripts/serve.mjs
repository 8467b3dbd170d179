// The production server: Next's request handler behind a front cache of prerendered
// pages. Why: a prerendered page costs Next about 1 ms of CPU per request on these
// machines (routing, its incremental cache, response plumbing; a CPU profile shows no
// single hot spot), five times what it spends on a file from public/. Pages built
// once and never revalidated are the same bytes for everyone, so this process keeps
// the answer Next gave for each at startup and replays it; every other request (API,
// assets, client-router payloads, 404s, anything a middleware sees) goes to Next.
//   --port N (or PORT; default 3000), --hostname H (default all interfaces), and
//   NEXT_DIST_DIR as in next.config.mjs: the same options as `next start`.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import nextConfig from "../next.config.mjs";
import { cacheKey, chooseVariant } from "./serve/page-cache.mjs";
import { warmPageCache } from "./serve/warm-page-cache.mjs";

const { values: options } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(options.port || process.env.PORT || 3000);
const hostname = options.hostname;
const distDir = nextConfig.distDir || ".next";

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
/** @type {Map<string, Awaited<ReturnType<typeof import("./serve/page-cache.mjs").storedPage>>>} */
const pages = new Map();

async function handleRequest(request, response) {
  const key = cacheKey(request.method, request.url, request.headers);
  const page = key === null ? undefined : pages.get(key);
  if (page) {
    const variant = chooseVariant(page, request.headers["accept-encoding"]);
    if (variant) {
      response.writeHead(page.status, variant.head);
      response.end(request.method === "HEAD" ? undefined : variant.body);
      return;
    }
  }
  try {
    await handle(request, response);
  } catch (error) {
    console.error(`request ${request.method} ${request.url} failed`, error);
    if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    response.end("Internal Server Error");
  }
}

await app.prepare();
const server = createServer(handleRequest);
server.listen(port, hostname, async () => {
  const baseUrl = `http://${hostname && hostname !== "0.0.0.0" ? hostname : "127.0.0.1"}:${port}`;
  console.log(`▲ Next.js production server (${distDir}) listening on ${baseUrl}`);
  // Until the cache is warm, Next answers pages itself: correct, only slower.
  try {
    const { stored, skipped } = await warmPageCache({ distDir, baseUrl, cache: pages });
    console.log(`✓ ready: ${stored} prerendered pages served from memory${skipped.length ? `; not cached: ${skipped.join(", ")}` : ""}`);
  } catch (error) {
    pages.clear();
    console.error("page cache not warmed; Next serves every page", error);
    console.log("✓ ready: 0 prerendered pages served from memory");
  }
});

// A polite stop: finish the requests in flight, then let Next close.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
