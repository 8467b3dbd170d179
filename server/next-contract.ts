// Everything the server reads from Next that Next does not document as stable: the build's
// manifests (which pages are prerendered, the middleware's matchers, the headers from
// next.config.mjs) and the names of the client router's request headers. Each is
// checked when read, so a Next upgrade that renames a field stops the start with one
// clear line instead of a server that silently caches the wrong responses.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ACTION_HEADER, FLIGHT_HEADERS, NEXT_RSC_UNION_QUERY, NEXT_URL } from "next/dist/client/components/app-router-headers";
import { cacheKey, type FunctionsConfig, type PrerenderManifest, RSC_QUERY } from "./page-cache/rules";
import type { SecurityHeaders } from "./guard/refusals";

export class NextContractError extends Error {
  override name = "NextContractError";
}

function fail(message: string): never {
  throw new NextContractError(message);
}

function readJson(file: string): unknown {
  if (!existsSync(file)) fail(`${file} is missing: run npm run build`);
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return fail(`${file} is not valid JSON: run npm run build`);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export function readBuildId(distDir: string): string {
  const file = join(distDir, "BUILD_ID");
  if (!existsSync(file)) fail(`${file} is missing: run npm run build`);
  return readFileSync(file, "utf8").trim();
}

/** prerender-manifest.json, with every field cacheablePagePaths reads checked on every route. */
export function readPrerenderManifest(distDir: string): PrerenderManifest {
  const file = join(distDir, "prerender-manifest.json");
  const manifest = readJson(file);
  if (!isRecord(manifest) || !isRecord(manifest.routes)) fail(`${file} has no "routes" object; this Next version changed its prerender manifest`);
  for (const [path, route] of Object.entries(manifest.routes)) {
    const ok =
      isRecord(route) &&
      typeof route.routeType === "string" &&
      (route.initialRevalidateSeconds === false || typeof route.initialRevalidateSeconds === "number") &&
      (route.initialStatus === undefined || typeof route.initialStatus === "number");
    if (!ok) fail(`${file}: route ${path} lacks "routeType" or "initialRevalidateSeconds"; this Next version changed its prerender manifest`);
  }
  return manifest as PrerenderManifest;
}

/** The middleware's matchers; a build without a middleware has no such file. */
export function readFunctionsConfig(distDir: string): FunctionsConfig {
  const file = join(distDir, "server", "functions-config-manifest.json");
  if (!existsSync(file)) return {};
  const config = readJson(file);
  if (!isRecord(config) || (config.functions !== undefined && !isRecord(config.functions))) fail(`${file} has no "functions" object`);
  for (const [name, fn] of Object.entries((config.functions ?? {}) as Record<string, unknown>)) {
    const matchers = isRecord(fn) ? fn.matchers : undefined;
    if (matchers !== undefined && !(Array.isArray(matchers) && matchers.every((m) => isRecord(m) && typeof m.regexp === "string"))) {
      fail(`${file}: ${name} has matchers without a "regexp"; this Next version changed its functions manifest`);
    }
  }
  return config as FunctionsConfig;
}

/**
 * The headers next.config.mjs gives every path (`source: "/:path*"`), as Next compiled
 * them into routes-manifest.json: the server adds them to the responses it makes itself
 * and to those Next makes without them (its redirects and its 400s).
 */
export function readSecurityHeaders(distDir: string): SecurityHeaders {
  const file = join(distDir, "routes-manifest.json");
  const manifest = readJson(file);
  if (!isRecord(manifest) || !Array.isArray(manifest.headers)) fail(`${file} has no "headers" list; this Next version changed its routes manifest`);
  const everyPath = manifest.headers.find((rule) => isRecord(rule) && rule.source === "/:path*");
  const headers = isRecord(everyPath) && Array.isArray(everyPath.headers) ? everyPath.headers : [];
  const pairs = headers.filter((h): h is { key: string; value: string } => isRecord(h) && typeof h.key === "string" && typeof h.value === "string");
  if (pairs.length === 0 || pairs.length !== headers.length)
    fail(`${file} has no headers for "/:path*" with "key" and "value"; check next.config.mjs headers()`);
  return pairs.map(({ key, value }) => [key, value]);
}

/** Fails unless the front cache lets every request of Next's client router through to Next. */
export function checkRouterHeaders(): void {
  const names = [...(FLIGHT_HEADERS as readonly string[]), ACTION_HEADER, NEXT_URL];
  for (const name of names) {
    if (cacheKey("GET", "/en", { [name.toLowerCase()]: "1" }) !== null) {
      fail(`Next's client router sends the header "${name}", which the front cache does not recognise (server/page-cache/rules.ts ROUTER_HEADER)`);
    }
  }
  if (NEXT_RSC_UNION_QUERY !== RSC_QUERY)
    fail(`Next's client router now busts caches with "?${NEXT_RSC_UNION_QUERY}", not "?${RSC_QUERY}" (server/page-cache/rules.ts)`);
}
