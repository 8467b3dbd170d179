// The start-up self-check: it accepts manifests shaped as Next 16 writes them and stops
// with one line naming the file and the field when a Next upgrade changes them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkRouterHeaders, readBuildId, readFunctionsConfig, readPrerenderManifest, readSecurityHeaders } from "./next-contract";

let distDir: string;
const write = (file: string, value: unknown) => {
  mkdirSync(join(distDir, file, ".."), { recursive: true });
  writeFileSync(join(distDir, file), typeof value === "string" ? value : JSON.stringify(value));
};

beforeEach(() => {
  distDir = mkdtempSync(join(tmpdir(), "visit-contract-"));
});
afterEach(() => rmSync(distDir, { recursive: true, force: true }));

describe("readPrerenderManifest", () => {
  it("reads routes that carry the fields the front cache uses", () => {
    write("prerender-manifest.json", { version: 4, routes: { "/en": { routeType: "page", initialRevalidateSeconds: false, srcRoute: "/[locale]" } } });
    expect(readPrerenderManifest(distDir).routes["/en"]?.routeType).toBe("page");
  });

  it("fails with one line naming the file and the route when a field is gone", () => {
    write("prerender-manifest.json", { routes: { "/en": { kind: "page", revalidate: false } } });
    expect(() => readPrerenderManifest(distDir)).toThrow(/prerender-manifest\.json: route \/en lacks "routeType" or "initialRevalidateSeconds"/);
    write("prerender-manifest.json", { pages: {} });
    expect(() => readPrerenderManifest(distDir)).toThrow(/has no "routes" object/);
  });

  it("says to build when there is no build", () => {
    expect(() => readPrerenderManifest(distDir)).toThrow(/missing: run npm run build/);
    expect(() => readBuildId(distDir)).toThrow(/BUILD_ID is missing/);
  });
});

describe("readFunctionsConfig", () => {
  it("is empty without a middleware and checks the matchers' regexp when there is one", () => {
    expect(readFunctionsConfig(distDir)).toEqual({});
    write("server/functions-config-manifest.json", { functions: { "/_middleware": { matchers: [{ regexp: "^/$" }] } } });
    expect(readFunctionsConfig(distDir).functions?.["/_middleware"]?.matchers?.[0]?.regexp).toBe("^/$");
    write("server/functions-config-manifest.json", { functions: { "/_middleware": { matchers: [{ pattern: "/" }] } } });
    expect(() => readFunctionsConfig(distDir)).toThrow(/\/_middleware has matchers without a "regexp"/);
  });
});

describe("readSecurityHeaders", () => {
  it("reads the headers next.config.mjs gives every path", () => {
    write("routes-manifest.json", {
      headers: [
        { source: "/fonts/:file", headers: [{ key: "Cache-Control", value: "immutable" }] },
        {
          source: "/:path*",
          headers: [
            { key: "X-Frame-Options", value: "DENY" },
            { key: "X-Content-Type-Options", value: "nosniff" },
          ],
        },
      ],
    });
    expect(readSecurityHeaders(distDir)).toEqual([
      ["X-Frame-Options", "DENY"],
      ["X-Content-Type-Options", "nosniff"],
    ]);
  });

  it("fails when the manifest no longer lists them as key and value", () => {
    write("routes-manifest.json", { headers: [{ source: "/:path*", headers: [{ name: "X-Frame-Options", value: "DENY" }] }] });
    expect(() => readSecurityHeaders(distDir)).toThrow(/no headers for "\/:path\*"/);
    write("routes-manifest.json", { redirects: [] });
    expect(() => readSecurityHeaders(distDir)).toThrow(/has no "headers" list/);
  });
});

describe("checkRouterHeaders", () => {
  it("passes with the installed Next: every client-router header and the _rsc query reach Next", () => {
    expect(() => checkRouterHeaders()).not.toThrow();
  });
});
