// The build-time half of the front cache and the worker's half together: pages fetched
// from a stand-in for Next are written compressed, then read back through the page store.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPageStore } from "../page-cache/page-store";
import { compressPages } from "./compress-pages";

const html = (title: string) =>
  Buffer.from(`<!DOCTYPE html><html lang="en"><title>${title}</title><body>${"Qin Gang met Bilawal. ".repeat(300)}</body></html>`);

let server: Server;
let baseUrl: string;
let distDir: string;

beforeAll(async () => {
  distDir = mkdtempSync(join(tmpdir(), "visit-pages-"));
  server = createServer((request, response) => {
    if (request.url === "/en/cookie") {
      response.writeHead(200, { "set-cookie": "learner=x", "content-type": "text/html" });
      return response.end("per learner");
    }
    if (request.url === "/en/gone") {
      response.writeHead(404, { "content-type": "text/html" });
      return response.end("not found");
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "x-frame-options": "DENY", vary: "rsc" });
    response.end(html(request.url ?? ""));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  rmSync(distDir, { recursive: true, force: true });
});

const headerOf = (head: string[], name: string) => head[head.indexOf(name) + 1];

describe("compressPages and the page store", () => {
  it("stores each 200 page with its headers in three encodings that read back as the page itself", async () => {
    const result = await compressPages({ distDir, buildId: "build-1", baseUrl, paths: ["/en", "/zh/study/a/b", "/en/cookie", "/en/gone"] });
    expect(result.stored).toBe(2);
    expect(result.skipped.sort()).toEqual(["/en/cookie (200)", "/en/gone (404)"]);

    const store = openPageStore(distDir, "build-1", 1024 * 1024);
    expect(store.pageCount).toBe(2);
    expect(store.has("/en/cookie")).toBe(false);
    const identity = await store.load("/zh/study/a/b", "identity");
    const gzip = await store.load("/zh/study/a/b", "gzip");
    const br = await store.load("/zh/study/a/b", "br");
    expect(identity?.body.equals(html("/zh/study/a/b"))).toBe(true);
    expect(gunzipSync(gzip!.body).equals(identity!.body)).toBe(true);
    expect(brotliDecompressSync(br!.body).equals(identity!.body)).toBe(true);
    expect(br!.body.length).toBeLessThan(identity!.body.length / 5);

    expect(headerOf(br!.head, "x-frame-options")).toBe("DENY");
    expect(headerOf(br!.head, "content-encoding")).toBe("br");
    expect(headerOf(br!.head, "content-length")).toBe(String(br!.body.length));
    expect(identity!.head).not.toContain("content-encoding");
    expect(identity!.head).not.toContain("date");
    // Loaded once, then answered from memory without touching the disk.
    expect(store.cached("/zh/study/a/b", "br")).toBe(br);
    expect(store.cached("/en", "br")).toBeUndefined();
  });

  it("refuses pages compressed for another build, and a build whose pages were never compressed", () => {
    expect(() => openPageStore(distDir, "build-2", 1024)).toThrow(/belongs to build build-1, not build-2/);
    expect(() => openPageStore(join(distDir, "elsewhere"), "build-1", 1024)).toThrow(/never compressed/);
  });

  it("keeps no more page bytes in memory than its budget", async () => {
    const store = openPageStore(distDir, "build-1", 12 * 1024); // room for one page of about 9 KB with its overhead
    const ask = async (path: string) => store.cached(path, "identity") ?? (await store.load(path, "identity"));
    // The second page takes the only place once it is asked for more than twice as often as the first.
    for (const path of ["/en", "/zh/study/a/b", "/zh/study/a/b", "/zh/study/a/b"]) expect(await ask(path)).not.toBeNull();
    expect(store.cached("/en", "identity")).toBeUndefined();
    expect(store.cached("/zh/study/a/b", "identity")).toBeDefined();
  });
});
