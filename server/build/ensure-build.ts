// Builds what is out of date, and only that, so a restart with nothing changed starts at
// once: the app (`next build`) when one of its sources is newer than the build, the server
// (tsc, to .server-build) when one of its sources is newer than the compiled server, and
// the compressed pages when they belong to another build. Shared by `npm start`
// (prestart), `npm run build` (--force) and the perf scripts.
//   tsx server/build/ensure-build.ts [--dist <dir>] [--force]
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { INDEX_FILE, storedPagesDir } from "../page-cache/stored-pages";
import { distDirFrom } from "../settings";

const NEXT_BIN = "node_modules/next/dist/bin/next";
const TSC_BIN = "node_modules/typescript/bin/tsc";
const SERVER_TSCONFIG = "server/tsconfig.build.json";
export const SERVER_BUILD_DIR = ".server-build";
const APP_SOURCES = ["app", "pages", "components", "lib", "i18n", "messages", "content", "public", "prisma"];
const APP_SOURCE_FILES = ["proxy.ts", "next.config.mjs", "package.json", "tsconfig.json", "postcss.config.mjs"];
const SERVER_SOURCES = ["server", "package.json"];

type Log = (line: string) => void;

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const isOlderThan = (file: string, sources: string[]) => !existsSync(file) || statSync(file).mtimeMs <= Math.max(...sources.map(newestMtime));

/** Runs a build step, printing its output only when it fails. */
function run(args: string[], env: NodeJS.ProcessEnv, what: string): string {
  try {
    return execFileSync(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 }).toString();
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(`${stdout ?? ""}${stderr ?? ""}`);
    throw new Error(`${what} failed`);
  }
}

function nextBuild(distDir: string, log: Log): void {
  log(`build: next build into ${distDir} …`);
  // The content the build bundles (lib/generated/content.json), taken now: every worker
  // then serves the content of this build, never content/ as edited since.
  run(["scripts/snapshot-content.mjs"], process.env, "content snapshot");
  const started = Date.now();
  // `next build` adds its dist folder's type paths to tsconfig.json; put the file back.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const tsconfigTimes = statSync("tsconfig.json");
  try {
    run([NEXT_BIN, "build"], { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" }, `next build into ${distDir}`);
  } finally {
    if (readFileSync("tsconfig.json", "utf8") !== tsconfig) {
      writeFileSync("tsconfig.json", tsconfig);
      // Its old time too, or the next run would see a source newer than this build.
      utimesSync("tsconfig.json", tsconfigTimes.atime, tsconfigTimes.mtime);
    }
  }
  log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function pagesBuildId(distDir: string): string | null {
  const file = join(storedPagesDir(distDir), INDEX_FILE);
  if (!existsSync(file)) return null;
  try {
    return (JSON.parse(readFileSync(file, "utf8")) as { buildId?: string }).buildId ?? null;
  } catch {
    return null;
  }
}

/** Brings the build in `distDir`, the compiled server and the compressed pages up to date. */
export function ensureBuild(distDir: string, { force = false, log = console.log }: { force?: boolean; log?: Log } = {}): void {
  const buildIdFile = join(distDir, "BUILD_ID");
  if (force || isOlderThan(buildIdFile, [...APP_SOURCES, ...APP_SOURCE_FILES])) nextBuild(distDir, log);
  else log(`build: ${distDir} is up to date`);

  const serverStamp = join(SERVER_BUILD_DIR, "main.js");
  if (force || isOlderThan(serverStamp, SERVER_SOURCES)) {
    run([TSC_BIN, "-p", SERVER_TSCONFIG], process.env, "compiling the server (tsc)");
    log(`build: server compiled into ${SERVER_BUILD_DIR}`);
  }

  const buildId = readFileSync(buildIdFile, "utf8").trim();
  if (force || pagesBuildId(distDir) !== buildId) {
    const output = run([join(SERVER_BUILD_DIR, "build", "compress-main.js")], { ...process.env, NEXT_DIST_DIR: distDir }, "compressing the prerendered pages");
    for (const line of output.split("\n")) if (line.startsWith("pages")) log(`build: ${line}`);
  }
}

// Run directly (tsx compiles this file as CommonJS, the package having no "type": "module").
if (require.main === module) {
  const at = process.argv.indexOf("--dist");
  try {
    ensureBuild(at > 0 ? (process.argv[at + 1] ?? distDirFrom()) : distDirFrom(), { force: process.argv.includes("--force") });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
