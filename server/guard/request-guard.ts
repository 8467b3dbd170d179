// Checks made on every request before Next sees it, free of I/O so each can be tested
// on its own. They close edges Next leaves open or makes expensive:
// - Next parses every cookie on every App Router API request, at a cost that grows
//   with the square of their number (1,500 junk cookies: 458 ms of CPU a request), so
//   the Cookie header is capped in bytes and in cookies;
// - a flood of header lines costs the same in every layer, so their number is capped;
// - an absolute-form target (`GET http://evil.com/en/`) made Next's trailing-slash
//   redirect point at that host, so the target is reduced to its path and query;
// - `*` (asterisk-form) made Next fail with a 500 "Invalid URL", logged twice;
// - TRACE, which the Fetch standard forbids, made Next answer a bare 500.

export const LIMITS = {
  /** Bytes of the Cookie header (the app's own cookies take well under 200). */
  cookieBytes: 8192,
  /** Cookies in it: at 64 Next's parsing costs under a millisecond. */
  cookies: 64,
  /** Header lines in a request (a browser sends about 20). */
  headers: 100,
} as const;

export const ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

export type RefusalCode = "bad_request" | "method_not_allowed" | "header_fields_too_large" | "overloaded";

export type Refusal = {
  status: 204 | 400 | 405 | 431 | 503;
  code: RefusalCode | null;
  /** Why, in a few words, for the log and the plain-text body. */
  reason: string;
  headers?: Record<string, string>;
};

export type GuardResult = { ok: true; url: string } | { ok: false; refusal: Refusal };

type RequestLine = { method: string | undefined; url: string | undefined; rawHeaderCount: number; cookie: string | string[] | undefined };

const tooLarge = (reason: string): GuardResult => ({ ok: false, refusal: { status: 431, code: "header_fields_too_large", reason } });
const badRequest = (reason: string): GuardResult => ({ ok: false, refusal: { status: 400, code: "bad_request", reason } });

/** The request target in origin form (`/path?query`), or why it is refused. */
export function originFormTarget(method: string | undefined, url: string | undefined): GuardResult {
  if (!url) return badRequest("no request target");
  if (url === "*") {
    // The one legitimate use of `*`: asking the server as a whole which methods it takes.
    if (method === "OPTIONS") return { ok: false, refusal: { status: 204, code: null, reason: "OPTIONS *", headers: { Allow: ALLOWED_METHODS } } };
    return badRequest("the target * is only for OPTIONS");
  }
  // (`//host/…` is a path, and Next's redirects keep it one: `/host/…`.)
  if (url.startsWith("/")) return { ok: true, url };
  if (/^https?:\/\//i.test(url)) {
    try {
      const parsed = new URL(url);
      return originFormTarget(method, parsed.pathname + parsed.search);
    } catch {
      return badRequest("the absolute target is not a URL");
    }
  }
  return badRequest("the target is neither a path nor an absolute http URL");
}

function cookieFigures(cookie: string | string[] | undefined): { bytes: number; count: number } {
  if (cookie === undefined) return { bytes: 0, count: 0 };
  const values = Array.isArray(cookie) ? cookie : [cookie];
  let bytes = 0;
  let count = 0;
  for (const value of values) {
    bytes += Buffer.byteLength(value);
    // Counting separators is enough: an empty pair costs Next as much as a full one.
    for (let at = value.indexOf(";"); at !== -1; at = value.indexOf(";", at + 1)) count += 1;
    count += 1;
  }
  return { bytes, count };
}

/** Every check, in order of cost; the first refusal wins. */
export function guardRequest({ method, url, rawHeaderCount, cookie }: RequestLine): GuardResult {
  if (method === "TRACE") {
    return { ok: false, refusal: { status: 405, code: "method_not_allowed", reason: "TRACE is not served", headers: { Allow: ALLOWED_METHODS } } };
  }
  if (rawHeaderCount > LIMITS.headers) return tooLarge(`more than ${LIMITS.headers} header lines`);
  const cookies = cookieFigures(cookie);
  if (cookies.bytes > LIMITS.cookieBytes) return tooLarge(`a Cookie header over ${LIMITS.cookieBytes} bytes`);
  if (cookies.count > LIMITS.cookies) return tooLarge(`more than ${LIMITS.cookies} cookies`);
  return originFormTarget(method, url);
}
