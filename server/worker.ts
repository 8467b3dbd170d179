// One server process: Next's request handler behind guards and a front cache of
// prerendered pages. Why the cache: a prerendered page costs Next about 1 ms of CPU per
// request here (routing, its incremental cache, response plumbing; no single hot spot in
// the profile), five times a file from public/. Pages built once and never revalidated
// are the same bytes for everyone, so they are answered from the files the build
// compressed (build/compress-pages.ts). Answers to quiz questions, the API's hot path, are
// answered by the route's own code without Next's router once Next has loaded it
// (direct-answers.ts); every other request (API, assets, client-router payloads, 404s,
// anything the middleware sees) goes to Next.
import cluster from "node:cluster";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { directAnswer, writeAnswer } from "./direct-answers";
import { LoadShedder, SHED_RETRY_AFTER_SECONDS } from "./guard/load-shedder";
import { rawRefusal, type SecurityHeaders, writeRefusal } from "./guard/refusals";
import { guardRequest, type Refusal } from "./guard/request-guard";
import type { PageStore } from "./page-cache/page-store";
import { cacheKey, chooseEncoding } from "./page-cache/rules";
import type { ServerSettings } from "./settings";

// Read by lib/api/client-address.ts under the same name.
const CLIENT_ADDRESS_HEADER = "x-visit-client-address";
const STOP_GRACE_MS = 5_000;
const LISTEN_BACKLOG = 4096;

const OVERLOADED: Refusal = {
  status: 503,
  code: "overloaded",
  reason: "more requests than this worker can answer in time",
  headers: { "Retry-After": String(SHED_RETRY_AFTER_SECONDS) },
};

export type WorkerContext = { settings: ServerSettings; securityHeaders: SecurityHeaders; pages: PageStore; gate: Promise<void> };

/** Prepares Next, then opens the port once `gate` resolves (the database is ready). */
export async function runWorker({ settings, securityHeaders, pages, gate }: WorkerContext): Promise<void> {
  const { port, hostname, distDir } = settings;
  const app = next({ dev: false, hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  const load = new LoadShedder(settings);
  // One worker's lines are enough; the primary says when all are ready.
  const announce = !cluster.isWorker || cluster.worker?.id === 1;

  const refuse = (request: IncomingMessage, response: ServerResponse, refusal: Refusal) =>
    writeRefusal(response, refusal, securityHeaders, { url: request.url, method: request.method, acceptLanguage: request.headers["accept-language"] });

  async function servePage(request: IncomingMessage, response: ServerResponse, path: string): Promise<boolean> {
    const encoding = chooseEncoding(request.headers["accept-encoding"]);
    if (encoding === null) return false;
    let variant = pages.cached(path, encoding);
    if (!variant) {
      try {
        variant = (await pages.load(path, encoding)) ?? undefined;
      } catch (error) {
        console.error(`stored page ${path} (${encoding}) unreadable; Next answers it`, error);
      }
    }
    if (!variant) return false;
    // A reused buffer is handed back once Node has passed the whole body to the system;
    // a response cut short leaves its buffer to the collector.
    if (variant.release) response.once("finish", variant.release);
    response.writeHead(variant.status, variant.head);
    response.end(request.method === "HEAD" ? undefined : variant.body);
    return true;
  }

  async function handleRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const guard = guardRequest({
      method: request.method,
      url: request.url,
      rawHeaderCount: request.rawHeaders.length / 2,
      cookie: request.headers.cookie,
    });
    if (!guard.ok) return refuse(request, response, guard.refusal);
    request.url = guard.url;

    const key = cacheKey(request.method, request.url, request.headers);
    if (key !== null && pages.has(key) && (await servePage(request, response, key))) return;

    if (!load.tryEnter()) return refuse(request, response, OVERLOADED);
    response.once("close", () => load.leave());
    // Next leaves its own redirects (trailing slash) and its 400s (a bad `%`) without
    // the headers next.config.mjs gives every path; set here, they reach every answer,
    // and Next's own setHeader for the same names replaces them with the same values.
    for (const [name, value] of securityHeaders) response.setHeader(name, value);
    // The peer's address, for the API's rate limits (lib/api/client-address.ts): set here on
    // every request, replacing any such header the client sent, so a client cannot choose it.
    request.headers[CLIENT_ADDRESS_HEADER] = request.socket.remoteAddress ?? "unknown";
    try {
      const direct = directAnswer(request.method, request.url);
      if (direct) writeAnswer(request, response, await direct.route(request, direct.sessionId));
      else await handle(request, response);
    } catch (error) {
      console.error(`request ${request.method} ${request.url} failed`, error);
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end("Internal Server Error");
    }
  }

  await app.prepare();
  await gate;
  const server = createServer((request, response) => void handleRequest(request, response));
  // Node answers malformed requests (400), headers over 16 KB (431) and slow ones (408)
  // itself, on the bare socket and with no headers: the same answers, with them.
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === "ECONNRESET") return void socket.destroy();
    const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
    socket.end(rawRefusal(status, securityHeaders));
  });
  // Next keeps a process alive after an uncaught exception; a port that cannot be
  // opened (taken, not permitted) must end it instead.
  server.once("error", (error) => {
    console.error(`cannot listen on ${hostname ?? "all interfaces"}:${port}: ${error.message}`);
    process.exit(1);
  });
  // A backlog past Node's 511: at 1,000 connections opened at once, SYNs dropped from a
  // full queue are retried by the client after 1, 3 and 7 s, which alone nears a 10 s timeout.
  server.listen({ port, host: hostname, backlog: LISTEN_BACKLOG }, () => {
    if (announce) console.log(`▲ Next.js production server (${distDir}) listening on port ${port}`);
    if (cluster.isWorker) process.send?.({ type: "ready", pages: pages.pageCount });
    else console.log(`✓ ready: ${pages.pageCount} prerendered pages served from disk through a memory cache`);
  });

  // A polite stop: finish the requests in flight, then let Next close.
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      server.close(() => void app.close().finally(() => process.exit(0)));
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), STOP_GRACE_MS).unref();
    });
  }
}
