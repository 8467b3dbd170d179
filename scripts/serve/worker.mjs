// One server process: Next's request handler behind a front cache of prerendered
// pages. Why the cache: a prerendered page costs Next about 1 ms of CPU per request
// on these machines (routing, its incremental cache, response plumbing; the CPU
// profile shows no single hot spot), five times what it spends on a file from
// public/. Pages built once and never revalidated are the same bytes for everyone, so
// the worker keeps the answer Next gave for each at startup and replays it; every
// other request (API, assets, client-router payloads, 404s, anything a middleware
// sees) goes to Next.
import cluster from "node:cluster";
import { createServer } from "node:http";
import next from "next";
import nextConfig, { securityHeaders } from "../../next.config.mjs";
import { cacheKey, chooseVariant } from "./page-cache.mjs";
import { warmPageCache } from "./warm-page-cache.mjs";

// Read by lib/api/client-address.ts under the same name.
const CLIENT_ADDRESS_HEADER = "x-visit-client-address";

const TRACE_REFUSAL_HEADERS = {
  ...Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value])),
  Allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS",
  "Content-Type": "text/plain; charset=utf-8",
};

export async function runWorker({ port, hostname }) {
  const { distDir } = nextConfig;
  const app = next({ dev: false, hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  /** @type {Map<string, Awaited<ReturnType<typeof import("./page-cache.mjs").storedPage>>>} */
  const pages = new Map();
  // One worker's lines are enough; the primary says when all are ready.
  const announce = !cluster.isWorker || cluster.worker?.id === 1;

  async function handleRequest(request, response) {
    // The Fetch standard forbids TRACE: Next fails converting such a request and answers
    // a bare 500, so it is refused here. (Node itself closes CONNECT and answers 400 to
    // methods it does not know, such as TRACK.)
    if (request.method === "TRACE") {
      response.writeHead(405, TRACE_REFUSAL_HEADERS);
      response.end("Method Not Allowed");
      return;
    }
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
    // The peer's address, for the API's rate limits (lib/api/client-address.ts): set here on
    // every request, replacing any such header the client sent, so a client cannot choose it.
    request.headers[CLIENT_ADDRESS_HEADER] = request.socket.remoteAddress ?? "unknown";
    try {
      await handle(request, response);
    } catch (error) {
      console.error(`request ${request.method} ${request.url} failed`, error);
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end("Internal Server Error");
    }
  }

  await app.prepare();
  // The cache is warmed before the public port opens, through a private loopback port
  // of this process alone: the first request anyone makes already finds it warm, and
  // whoever waits for the port (npm start's user, Playwright, the perf scripts) waits
  // for that too.
  const warmupServer = createServer(handleRequest);
  await new Promise((resolve) => warmupServer.listen({ port: 0, host: "127.0.0.1", exclusive: true }, resolve));
  try {
    const { skipped } = await warmPageCache({ distDir, baseUrl: `http://127.0.0.1:${warmupServer.address().port}`, cache: pages });
    if (skipped.length > 0 && announce) console.log(`pages not cached: ${skipped.join(", ")}`);
  } catch (error) {
    pages.clear();
    console.error("page cache not warmed; Next serves every page", error);
  } finally {
    warmupServer.closeAllConnections();
    warmupServer.close();
  }

  const server = createServer(handleRequest);
  // Next keeps a process alive after an uncaught exception; a port that cannot be
  // opened (taken, not permitted) must end it instead.
  server.once("error", (error) => {
    console.error(`cannot listen on ${hostname ?? "all interfaces"}:${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, hostname, () => {
    if (cluster.isWorker) {
      process.send?.({ type: "ready", pages: pages.size });
      if (announce) console.log(`▲ Next.js production server (${distDir}) listening on port ${port}`);
    } else {
      console.log(`▲ Next.js production server (${distDir}) listening on port ${port}`);
      console.log(`✓ ready: ${pages.size} prerendered pages served from memory`);
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
}
