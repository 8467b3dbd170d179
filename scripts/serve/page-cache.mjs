// The front cache's rules, kept free of I/O so they can be tested on their own: which
// prerendered pages it may hold, which requests it may answer, and how a response
// Next gave once becomes a stored entry with its compressed forms.
import Negotiator from "negotiator";

/**
 * The paths of pages prerendered once and never revalidated, from Next's
 * prerender-manifest.json. Left out: error pages, route handlers, pages that
 * revalidate, and any path a middleware (proxy.ts) would see, whose response may
 * differ per request.
 * @param {{ routes: Record<string, { routeType?: string, initialStatus?: number, initialRevalidateSeconds?: number | false }> }} prerenderManifest
 * @param {{ functions?: Record<string, { matchers?: { regexp: string }[] }> }} [functionsConfig] functions-config-manifest.json
 * @returns {string[]}
 */
export function cacheablePagePaths(prerenderManifest, functionsConfig = {}) {
  const middleware = Object.values(functionsConfig.functions ?? {})
    .flatMap((fn) => fn.matchers ?? [])
    .map(({ regexp }) => new RegExp(regexp));
  return Object.entries(prerenderManifest.routes)
    .filter(([path, route]) => {
      if (route.routeType !== "page" || route.initialRevalidateSeconds !== false) return false;
      if (route.initialStatus !== undefined && route.initialStatus !== 200) return false;
      if (path.startsWith("/_")) return false;
      return !middleware.some((matcher) => matcher.test(path));
    })
    .map(([path]) => path)
    .sort();
}

// Requests from Next's client router (RSC payloads, prefetches, server actions) and
// revalidation carry these headers; the same URL then answers something else.
const ROUTER_HEADER = /^(rsc|next-router-[a-z-]+|next-action|next-url|x-prerender-revalidate[a-z-]*)$/;

/**
 * The page path this request asks for when the cache may answer it, else null:
 * a GET or HEAD of the page's HTML. The query string does not change a prerendered
 * page (the client reads it), except Next's `_rsc` cache-buster.
 * @param {string | undefined} method
 * @param {string | undefined} url the request target, e.g. `/en/quiz?sections=a`
 * @param {import("node:http").IncomingHttpHeaders} headers
 * @returns {string | null}
 */
export function cacheKey(method, url, headers) {
  if ((method !== "GET" && method !== "HEAD") || !url) return null;
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  if (queryAt !== -1 && /(?:^|&)_rsc(?:=|&|$)/.test(url.slice(queryAt + 1))) return null;
  for (const name of Object.keys(headers)) if (ROUTER_HEADER.test(name)) return null;
  return path;
}

// Hop-by-hop and per-response headers that must not be replayed from a stored response.
const NOT_STORED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"]);

/**
 * A stored page: the headers Next sent (minus per-response ones) and the body in
 * each encoding, compressed once here instead of on every request.
 * @param {{ status: number, headers: [string, string][], body: Buffer }} response
 * @param {{ gzip: (body: Buffer) => Promise<Buffer>, brotli: (body: Buffer) => Promise<Buffer> }} compress
 */
export async function storedPage(response, compress) {
  const headers = response.headers.filter(([name]) => !NOT_STORED.has(name.toLowerCase()));
  const [gzip, br] = await Promise.all([compress.gzip(response.body), compress.brotli(response.body)]);
  /** @param {Buffer} body @param {string | null} encoding */
  const variant = (body, encoding) => ({
    body,
    head: [...headers, ...(encoding ? [["content-encoding", encoding]] : []), ["content-length", String(body.length)]].flat(),
  });
  return { status: response.status, identity: variant(response.body, null), gzip: variant(gzip, "gzip"), br: variant(br, "br") };
}

const ENCODINGS = ["br", "gzip", "identity"];

/**
 * The stored variant the client accepts best (Accept-Encoding with q-values, the
 * same negotiation Express uses), or null when it accepts none of them.
 * @param {Awaited<ReturnType<typeof storedPage>>} page
 * @param {string | undefined} acceptEncoding
 */
export function chooseVariant(page, acceptEncoding) {
  const [best] = new Negotiator({ headers: { "accept-encoding": acceptEncoding ?? "" } }).encodings(ENCODINGS, { preferred: ENCODINGS });
  if (best === "br") return page.br;
  if (best === "gzip") return page.gzip;
  if (best === "identity") return page.identity;
  return null;
}
