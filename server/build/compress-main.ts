// `node .server-build/build/compress-main.js`: the step after `next build` that writes the
// front cache of the build in NEXT_DIST_DIR (see compress-pages.ts). Run by ensure-build.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { readBuildId, readFunctionsConfig, readPrerenderManifest } from "../next-contract";
import { cacheablePagePaths } from "../page-cache/rules";
import { distDirFrom } from "../settings";
import { compressPages } from "./compress-pages";

async function main(): Promise<void> {
  const distDir = distDirFrom();
  const started = Date.now();
  const buildId = readBuildId(distDir);
  const paths = cacheablePagePaths(readPrerenderManifest(distDir), readFunctionsConfig(distDir));
  const app = next({ dev: false, hostname: "127.0.0.1" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen({ port: 0, host: "127.0.0.1" }, resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const result = await compressPages({ distDir, buildId, baseUrl: `http://127.0.0.1:${port}`, paths });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`pages: ${result.stored} prerendered pages compressed into ${distDir} (${(result.bytes / 1e6).toFixed(1)} MB on disk) in ${seconds} s`);
    if (result.skipped.length > 0) console.log(`pages not cached: ${result.skipped.join(", ")}`);
  } finally {
    server.closeAllConnections();
    server.close();
    await app.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`compressing the prerendered pages failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
