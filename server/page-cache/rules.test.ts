// The front cache's rules: which pages it may hold, which requests it may answer, which
// headers it replays and how it negotiates encodings.
import { describe, expect, it } from "vitest";
import { cacheKey, cacheablePagePaths, chooseEncoding, type PrerenderRoute, storableHeaders } from "./rules";

const page = (extra: PrerenderRoute = {}): PrerenderRoute => ({ routeType: "page", initialRevalidateSeconds: false, ...extra });

describe("cacheablePagePaths", () => {
  const manifest = {
    routes: {
      "/en": page(),
      "/zh/study/set/a": page(),
      "/_not-found": page({ initialStatus: 404 }),
      "/_global-error": page(),
      "/en/news": page({ initialRevalidateSeconds: 60 }),
      "/icon.svg": { routeType: "route", initialRevalidateSeconds: false } as PrerenderRoute,
      "/en/missing": page({ initialStatus: 404 }),
    },
  };

  it("keeps pages built once and never revalidated, and drops error pages, route handlers and revalidating pages", () => {
    expect(cacheablePagePaths(manifest)).toEqual(["/en", "/zh/study/set/a"]);
  });

  it("leaves out every path a middleware matcher would see", () => {
    const functionsConfig = { functions: { "/_middleware": { matchers: [{ regexp: "^/zh(?:/.*)?$" }] } } };
    expect(cacheablePagePaths(manifest, functionsConfig)).toEqual(["/en"]);
  });

  it("holds nothing for a build without prerendered pages", () => {
    expect(cacheablePagePaths({ routes: {} })).toEqual([]);
  });
});

describe("cacheKey", () => {
  it("is the path of a plain GET or HEAD, whatever its query", () => {
    expect(cacheKey("GET", "/en", {})).toBe("/en");
    expect(cacheKey("HEAD", "/en/quiz?sections=a,b", { "accept-language": "zh" })).toBe("/en/quiz");
  });

  it("is null for other methods, so writes always reach Next", () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", undefined]) expect(cacheKey(method, "/en", {})).toBeNull();
  });

  it("is null for the client router's requests: RSC payloads, prefetches, server actions", () => {
    expect(cacheKey("GET", "/en?_rsc=abc12", {})).toBeNull();
    expect(cacheKey("GET", "/en?x=1&_rsc", {})).toBeNull();
    expect(cacheKey("GET", "/en", { rsc: "1" })).toBeNull();
    expect(cacheKey("GET", "/en", { "next-router-prefetch": "1" })).toBeNull();
    expect(cacheKey("GET", "/en", { "next-router-segment-prefetch": "/_tree" })).toBeNull();
    expect(cacheKey("GET", "/en", { "next-router-state-tree": "%5B%5D" })).toBeNull();
    expect(cacheKey("GET", "/en", { "next-action": "abc" })).toBeNull();
    expect(cacheKey("GET", "/en", { "x-prerender-revalidate": "token" })).toBeNull();
  });

  it("does not mistake look-alike query names for _rsc", () => {
    expect(cacheKey("GET", "/en?not_rsc=1", {})).toBe("/en");
  });
});

describe("storableHeaders", () => {
  it("keeps Next's headers but not the per-response and hop-by-hop ones", () => {
    const headers: [string, string][] = [
      ["content-type", "text/html; charset=utf-8"],
      ["content-security-policy", "default-src 'self'"],
      ["vary", "rsc, Accept-Encoding"],
      ["date", "Thu, 26 Nov 2026 19:00:00 GMT"],
      ["Connection", "keep-alive"],
      ["content-length", "1234"],
      ["transfer-encoding", "chunked"],
    ];
    expect(storableHeaders(headers)).toEqual([
      ["content-type", "text/html; charset=utf-8"],
      ["content-security-policy", "default-src 'self'"],
      ["vary", "rsc, Accept-Encoding"],
    ]);
  });
});

describe("chooseEncoding", () => {
  it("negotiates Accept-Encoding with q-values, preferring br, then gzip, then the page as is", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(chooseEncoding(undefined)).toBe("identity");
    expect(chooseEncoding("deflate")).toBe("identity");
  });

  it("gives nothing when the client refuses every stored encoding, so Next answers instead", () => {
    expect(chooseEncoding("identity;q=0, gzip;q=0, br;q=0")).toBeNull();
  });
});
