// `npm run audit`: Lighthouse 12 (desktop preset) against the production build for
// home, a study page, the quiz page and the dashboard in both locales. Prints the four
// category scores and the JavaScript bytes each page transfers, keeps the JSON reports
// in .lighthouse/, and exits non-zero when a score misses its target.
//   NEXT_DIST_DIR   build folder (default .next-perf; built when older than the sources)
//   CHROME_PATH     browser (default /usr/bin/chromium)
//   --runs=N        audit each page N times and keep the median run by performance score
//                   (Lighthouse's advice for variable machines); default 1
//   --only=a,b      only these pages (home, study, quiz, dashboard)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { ensureBuild, freePort, startServer } from "./perf/server.mjs";

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next-perf";
const CHROME_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";
const LOCALES = ["en", "zh"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const TARGETS = { performance: 0.98, accessibility: 0.95, "best-practices": 0.95, seo: 0.95 };
const REPORT_DIR = ".lighthouse";
const argument = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const RUNS = Math.max(1, Number(argument("runs") ?? 1));
const ONLY = argument("only")?.split(",");

/** The first section's study page, read from the home page's links. */
async function studyPath(baseUrl, locale) {
  const html = await (await fetch(`${baseUrl}/${locale}`)).text();
  const match = new RegExp(`href="(/${locale}/study/[^"]+)"`).exec(html);
  if (!match) throw new Error(`no study page link on /${locale}`);
  return match[1];
}

async function main() {
  ensureBuild(DIST_DIR);
  const tempDir = mkdtempSync(join(tmpdir(), "visit-audit-"));
  const server = await startServer({ distDir: DIST_DIR, databaseUrl: `file:${join(tempDir, "audit.db")}`, port: await freePort() });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  mkdirSync(REPORT_DIR, { recursive: true });
  const rows = [];
  try {
    for (const locale of LOCALES) {
      const pages = [
        ["home", `/${locale}`],
        ["study", await studyPath(server.baseUrl, locale)],
        ["quiz", `/${locale}/quiz`],
        ["dashboard", `/${locale}/dashboard`],
      ];
      for (const [name, path] of pages.filter(([page]) => !ONLY || ONLY.includes(page))) {
        const url = `${server.baseUrl}${path}`;
        await fetch(url); // a first request so the server's caches are warm, as for any visitor but the first
        const runs = [];
        for (let run = 0; run < RUNS; run += 1) {
          const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES }, desktopConfig);
          if (!result) throw new Error(`no Lighthouse result for ${url}`);
          runs.push(result.lhr);
        }
        runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
        const lhr = runs[Math.floor(runs.length / 2)];
        writeFileSync(join(REPORT_DIR, `${locale}-${name}.json`), JSON.stringify(lhr));
        const scripts = lhr.audits["resource-summary"]?.details?.items?.find((item) => item.resourceType === "script");
        const failing = Object.entries(lhr.categories).flatMap(([, category]) =>
          category.auditRefs
            .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
            .map((ref) => `${ref.id} (${lhr.audits[ref.id].score})`),
        );
        rows.push({
          page: `${locale} ${name}`,
          path,
          scores: Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score ?? null])),
          jsBytes: scripts?.transferSize ?? 0,
          jsRequests: scripts?.requestCount ?? 0,
          blockingMs: lhr.audits["total-blocking-time"]?.numericValue ?? 0,
          // Lighthouse's measure of this machine's CPU at the time of the run: TBT, and
          // with it the performance score, moves with it (higher is faster).
          cpuIndex: lhr.environment?.benchmarkIndex ?? 0,
          failing,
          runtimeError: lhr.runtimeError?.message,
        });
      }
    }
  } finally {
    await chrome.kill();
    await server.stop();
    rmSync(tempDir, { recursive: true, force: true });
  }

  const header = ["page", "path", "perf", "a11y", "best-pr.", "SEO", "JS KiB (files)", "TBT ms", "CPU index"];
  const table = rows.map((row) => [
    row.page,
    row.path,
    ...CATEGORIES.map((id) => (row.scores[id] === null ? "—" : row.scores[id].toFixed(2))),
    `${(row.jsBytes / 1024).toFixed(1)} (${row.jsRequests})`,
    row.blockingMs.toFixed(0),
    row.cpuIndex.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(
    `\nLighthouse ${desktopConfig.settings?.formFactor ?? "desktop"} preset, build ${DIST_DIR}${RUNS > 1 ? `, median of ${RUNS} runs per page` : ""}`,
  );
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const cells of table) console.log(line(cells));

  let missed = false;
  for (const row of rows) {
    if (row.runtimeError) console.log(`! ${row.page}: ${row.runtimeError}`);
    const misses = CATEGORIES.filter((id) => row.scores[id] === null || row.scores[id] < TARGETS[id]);
    if (misses.length > 0) {
      missed = true;
      console.log(`✗ ${row.page}: below target in ${misses.join(", ")}; audits not passing: ${row.failing.join(", ") || "none"}`);
    } else if (row.failing.length > 0) {
      console.log(`· ${row.page}: audits not fully passing: ${row.failing.join(", ")}`);
    }
  }
  console.log(missed ? "\naudit: targets missed" : `\naudit: every page meets the targets (performance ≥ ${TARGETS.performance}, others ≥ 0.95)`);
  process.exitCode = missed ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
