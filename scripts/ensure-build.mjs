// Builds the production app only when a source is newer than the last build, so that a
// restart with nothing changed starts at once. Shared by `npm start` (prestart) and the
// perf scripts.
//   node scripts/ensure-build.mjs [--dist <dir>]
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { snapshotContent } from "./snapshot-content.mjs";

const NEXT_BIN = "node_modules/next/dist/bin/next";
const SOURCES = ["app", "pages", "components", "lib", "i18n", "messages", "content", "public", "prisma"];
const SOURCE_FILES = ["proxy.ts", "next.config.mjs", "package.json", "tsconfig.json", "postcss.config.mjs"];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds into `distDir` unless its build is newer than every source file. */
export function ensureBuild(distDir, { force = false, log = console.log } = {}) {
  const buildId = join(distDir, "BUILD_ID");
  const sourcesTime = Math.max(...SOURCES.map(newestMtime), ...SOURCE_FILES.map(newestMtime));
  if (!force && existsSync(buildId) && statSync(buildId).mtimeMs > sourcesTime) {
    log(`build: ${distDir} is up to date`);
    return;
  }
  log(`build: next build into ${distDir} …`);
  // The content the build bundles (lib/generated/content.json), taken now.
  snapshotContent();
  const started = Date.now();
  // `next build` adds its dist folder's type paths to tsconfig.json; put the file back.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const tsconfigTimes = statSync("tsconfig.json");
  try {
    execFileSync(process.execPath, [NEXT_BIN, "build"], {
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // Only a failed build's output is worth reading here.
    process.stderr.write(`${error.stdout ?? ""}${error.stderr ?? ""}`);
    throw new Error(`next build into ${distDir} failed`);
  } finally {
    if (readFileSync("tsconfig.json", "utf8") !== tsconfig) {
      writeFileSync("tsconfig.json", tsconfig);
      // Its old time too, or the next run would see a source newer than this build.
      utimesSync("tsconfig.json", tsconfigTimes.atime, tsconfigTimes.mtime);
    }
  }
  log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--dist");
  ensureBuild(at > 0 ? process.argv[at + 1] : process.env.NEXT_DIST_DIR || ".next");
}
