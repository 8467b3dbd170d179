// The front cache's rules, free of I/O so they can be tested on their own: which
// prerendered pages it may hold, which requests it may answer, and which stored
// encoding a client gets.
import Negotiator from "negotiator";

/** The fields of one route of Next's prerender-manifest.json that these rules read. */
export type PrerenderRoute = { routeType?: string; initialStatus?: number; initialRevalidateSeconds?: number | false };
export type PrerenderManifest = { routes: Record<string, PrerenderRoute> };
/** functions-config-manifest.json: where Next records the middleware's (proxy.ts) matchers. */
export type FunctionsConfig = { functions?: Record<string, { matchers?: { regexp: string }[] }> };

/**
 * The paths of pages prerendered once and never revalidated. Left out: error pages,
 * route handlers, pages that revalidate, and any path the middleware (proxy.ts) would
 * see, whose response may differ per request.
 */
export function cacheablePagePaths(prerenderManifest: PrerenderManifest, functionsConfig: FunctionsConfig = {}): string[] {
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
// revalidation carry these headers; the same URL then answers something else. The
// start-up self-check (next-contract.ts) fails if Next names one this does not match.
export const ROUTER_HEADER = /^(rsc|next-router-[a-z-]+|next-action|next-url|next-hmr-refresh|x-prerender-revalidate[a-z-]*)$/;
/** The query parameter Next's client router adds to bust caches. */
export const RSC_QUERY = "_rsc";
const RSC_QUERY_PATTERN = new RegExp(`(?:^|&)${RSC_QUERY}(?:=|&|$)`);

/**
 * The page path this request asks for when the cache may answer it, else null: a GET
 * or HEAD of the page's HTML. The query string does not change a prerendered page (the
 * client reads it), except Next's `_rsc` cache-buster.
 */
export function cacheKey(method: string | undefined, url: string | undefined, headers: Record<string, unknown>): string | null {
  if ((method !== "GET" && method !== "HEAD") || !url) return null;
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  if (queryAt !== -1 && RSC_QUERY_PATTERN.test(url.slice(queryAt + 1))) return null;
  for (const name of Object.keys(headers)) if (ROUTER_HEADER.test(name)) return null;
  return path;
}

export type Encoding = "br" | "gzip" | "identity";
export const ENCODINGS: readonly Encoding[] = ["br", "gzip", "identity"];

/**
 * The stored encoding the client accepts best (Accept-Encoding with q-values, the same
 * negotiation Express uses), or null when it accepts none of them.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  const negotiator = new Negotiator({ headers: { "accept-encoding": acceptEncoding ?? "" } });
  // negotiator 1.x takes a preference for ties ("gzip, br" gives br); @types/negotiator
  // still describes 0.6, which did not.
  const encodings = negotiator.encodings.bind(negotiator) as (available: string[], options: { preferred: string[] }) => string[];
  const [best] = encodings([...ENCODINGS], { preferred: [...ENCODINGS] });
  return ENCODINGS.find((encoding) => encoding === best) ?? null;
}

// Hop-by-hop and per-response headers that must not be replayed from a stored response.
const NOT_STORED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"]);

/** The headers of a response Next gave once that may be replayed to everyone. */
export function storableHeaders(headers: [string, string][]): [string, string][] {
  return headers.filter(([name]) => !NOT_STORED.has(name.toLowerCase()));
}
