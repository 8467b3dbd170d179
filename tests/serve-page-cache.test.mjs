// The production server's front cache rules (scripts/serve/page-cache.mjs): which pages
// it may hold, which requests it may answer, and how it negotiates encodings.
import { gunzipSync, brotliDecompressSync, gzipSync, brotliCompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { cacheKey, cacheablePagePaths, chooseVariant, storedPage } from "../scripts/serve/page-cache.mjs";

const page = (extra = {}) => ({ routeType: "page", initialRevalidateSeconds: false, ...extra });

describe("cacheablePagePaths", () => {
  const manifest = {
    routes: {
      "/en": page(),
      "/zh/study/set/a": page(),
      "/_not-found": page({ initialStatus: 404 }),
      "/_global-error": page(),
      "/en/news": page({ initialRevalidateSeconds: 60 }),
      "/icon.svg": { routeType: "route", initialRevalidateSeconds: false },
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

describe("storedPage and chooseVariant", () => {
  const compress = { gzip: async (body) => gzipSync(body), brotli: async (body) => brotliCompressSync(body) };
  const body = Buffer.from("<!DOCTYPE html><html lang=\"en\"><body>" + "Qin Gang ".repeat(200) + "</body></html>");
  const response = {
    status: 200,
    headers: [
      ["content-type", "text/html; charset=utf-8"],
      ["content-security-policy", "default-src 'self'"],
      ["vary", "rsc, Accept-Encoding"],
      ["date", "Thu, 26 Nov 2026 19:00:00 GMT"],
      ["connection", "keep-alive"],
      ["content-length", String(body.length)],
    ],
    body,
  };
  const headersOf = (variant) => {
    const pairs = {};
    for (let i = 0; i < variant.head.length; i += 2) pairs[variant.head[i]] = variant.head[i + 1];
    return pairs;
  };

  it("replays Next's headers but not the per-response ones, with each body's own length", async () => {
    const stored = await storedPage(response, compress);
    const identity = headersOf(stored.identity);
    expect(identity["content-security-policy"]).toBe("default-src 'self'");
    expect(identity.vary).toBe("rsc, Accept-Encoding");
    expect(identity.date).toBeUndefined();
    expect(identity.connection).toBeUndefined();
    expect(identity["content-length"]).toBe(String(body.length));
    expect(identity["content-encoding"]).toBeUndefined();
    const gzip = headersOf(stored.gzip);
    expect(gzip["content-encoding"]).toBe("gzip");
    expect(gzip["content-length"]).toBe(String(stored.gzip.body.length));
  });

  it("stores compressed forms that decompress to the page itself", async () => {
    const stored = await storedPage(response, compress);
    expect(gunzipSync(stored.gzip.body).equals(body)).toBe(true);
    expect(brotliDecompressSync(stored.br.body).equals(body)).toBe(true);
    expect(stored.br.body.length).toBeLessThan(body.length);
  });

  it("negotiates Accept-Encoding with q-values, preferring br, then gzip, then the page as is", async () => {
    const stored = await storedPage(response, compress);
    expect(chooseVariant(stored, "gzip, deflate, br")).toBe(stored.br);
    expect(chooseVariant(stored, "gzip")).toBe(stored.gzip);
    expect(chooseVariant(stored, "br;q=0, gzip;q=0.5")).toBe(stored.gzip);
    expect(chooseVariant(stored, undefined)).toBe(stored.identity);
    expect(chooseVariant(stored, "deflate")).toBe(stored.identity);
  });

  it("gives nothing when the client refuses every stored encoding, so Next answers instead", async () => {
    const stored = await storedPage(response, compress);
    expect(chooseVariant(stored, "identity;q=0, gzip;q=0, br;q=0")).toBeNull();
  });
});
