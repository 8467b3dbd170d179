// Answers to quiz questions (POST /api/quiz-sessions/:id/answers), the API's hot path,
// without Next's router. A request that Next routes to a Pages Router API route spends as
// much of the server's CPU in Next (its router, route matching, API resolver and
// compression middleware) as in the answer itself: about 0.7 of 1.4 ms per answer under
// bench:load. So once Next has loaded the route, the route's module offers its
// framework-neutral handler (lib/api/answer-route.ts) in a global slot, and the worker calls
// it for the requests whose target is exactly the route's (anything else, and every request
// before the offer, goes to Next as before). What Next would add is added here: the
// next.config headers (set by the worker on every request), and its compression, as Next's
// `compression` middleware does it: `Vary: Accept-Encoding` on every (JSON) answer, and a
// body of 1 KB or more gzipped, or deflated, when the client accepts it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { deflateSync, gzipSync } from "node:zlib";
import Negotiator from "negotiator";

export type RouteAnswer = { status: number; headers: Record<string, string>; body: string };
export type AnswerRoute = (request: IncomingMessage, sessionId: string) => Promise<RouteAnswer>;

/** The slot lib/api/answer-route.ts fills (ANSWER_ROUTE_SLOT there). */
export const ANSWER_ROUTE_SLOT = Symbol.for("visit-study.answer-route");

// Exactly the route's own target: a session id of the API's alphabet (no percent-decoding
// to match), no trailing slash, no query. Anything else is Next's to route.
const ANSWER_TARGET = /^\/api\/quiz-sessions\/([A-Za-z0-9_-]{1,64})\/answers$/;

/** Next's compression threshold (the `compression` package's default). */
export const COMPRESSION_THRESHOLD = 1024;

/** The route and its session id when this request is one the worker answers itself. */
export function directAnswer(method: string | undefined, url: string | undefined): { route: AnswerRoute; sessionId: string } | null {
  if (method !== "POST" || url === undefined) return null;
  const route = (globalThis as Record<symbol, unknown>)[ANSWER_ROUTE_SLOT] as AnswerRoute | undefined;
  if (typeof route !== "function") return null;
  const match = ANSWER_TARGET.exec(url);
  return match ? { route, sessionId: match[1]! } : null;
}

/** As Next's compression middleware chooses: gzip or deflate, gzip when both are acceptable, or none. */
export function answerEncoding(acceptEncoding: string | string[] | undefined): "gzip" | "deflate" | null {
  const negotiator = new Negotiator({ headers: { "accept-encoding": Array.isArray(acceptEncoding) ? acceptEncoding.join(", ") : (acceptEncoding ?? "") } });
  const best = negotiator.encoding(["gzip", "deflate", "identity"]);
  if (best === "deflate" && negotiator.encoding(["gzip"]) === "gzip") return "gzip";
  return best === "gzip" || best === "deflate" ? best : null;
}

/** Writes the route's answer as Next's path would reach the client. */
export function writeAnswer(request: IncomingMessage, response: ServerResponse, answer: RouteAnswer): void {
  let body = Buffer.from(answer.body);
  const encoding = body.length >= COMPRESSION_THRESHOLD ? answerEncoding(request.headers["accept-encoding"]) : null;
  if (encoding !== null) body = encoding === "gzip" ? gzipSync(body) : deflateSync(body);
  response.writeHead(answer.status, {
    ...answer.headers,
    "Content-Type": "application/json",
    Vary: "Accept-Encoding",
    ...(encoding === null ? {} : { "Content-Encoding": encoding }),
    "Content-Length": String(body.length),
  });
  response.end(body);
}
