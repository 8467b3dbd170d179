// `npm run bench:content -- --documents 50`: what start-up and memory cost as the content
// grows. Copies the tree (without node_modules, builds or data) into a temporary folder,
// adds copies of the seed document until content/ holds N documents, builds once, then
// runs `npm start` twice there as a user would (no source change in between) and prints:
// seconds from launch to the first page for each start, the memory of every server
// process, and page throughput (32 connections, autocannon) for a study page, the home
// page and every prerendered page in turn.
//   --documents N  documents in content/ (default 50; 1 runs in the tree itself, uncopied and
//                  with its own build)
//   --from DIR     the tree to measure (default this one), e.g. a checkout of older code
//   --duration S   seconds per throughput target (default 10)
//   --keep         leave the temporary tree behind
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { execFileSync } from "node:child_process";
import autocannon from "autocannon";
import { launchNpmStart, serverMemory } from "./perf/npm-start.mjs";
import { freePort } from "./perf/server.mjs";

const { values } = parseArgs({
  options: {
    documents: { type: "string", default: "50" },
    from: { type: "string", default: "." },
    duration: { type: "string", default: "10" },
    keep: { type: "boolean", default: false },
  },
});
const DOCUMENTS = Number(values.documents);
const FROM = resolve(values.from);
const SECONDS = Number(values.duration);
const LEFT_OUT = new Set(["node_modules", ".git", "data", ".server-build", "test-results", "playwright-report", ".lighthouse"]);

/** A copy of the tree with N documents: the seed and its glossary copied under new slugs. */
function prepareTree() {
  if (DOCUMENTS <= 1) return FROM;
  const tree = mkdtempSync(join(tmpdir(), "visit-content-"));
  cpSync(FROM, tree, { recursive: true, filter: (source) => !LEFT_OUT.has(source.slice(FROM.length + 1)) && !/^\.next/.test(source.slice(FROM.length + 1)) });
  // Hard links, not a symlink: Turbopack refuses a node_modules outside the project root.
  execFileSync("cp", ["-al", realpathSync(join(FROM, "node_modules")), join(tree, "node_modules")]);
  const content = join(tree, "content");
  const [seed] = readdirSync(content)
    .filter((name) => name.endsWith(".txt"))
    .sort();
  const slug = seed.slice(0, -".txt".length);
  for (let n = 2; n <= DOCUMENTS; n++) {
    cpSync(join(content, seed), join(content, `${slug}-copy-${n}.txt`));
    if (existsSync(join(content, `${slug}.glossary.json`))) cpSync(join(content, `${slug}.glossary.json`), join(content, `${slug}-copy-${n}.glossary.json`));
  }
  return tree;
}

function cannon(options) {
  return new Promise((done, fail) =>
    autocannon({ connections: 32, pipelining: 1, timeout: 10, ...options }, (error, result) => (error ? fail(error) : done(result))),
  );
}

async function throughput(baseUrl, paths) {
  let next = 0;
  const requests = [{ setupRequest: (request) => ({ ...request, path: encodeURI(paths[next++ % paths.length]) }) }];
  await cannon({ url: baseUrl, duration: 2, requests });
  const result = await cannon({ url: baseUrl, duration: SECONDS, requests });
  const completed = Object.values(result.statusCodeStats ?? {}).reduce((sum, { count }) => sum + count, 0);
  return { rps: completed / result.duration, p99: result.latency.p99, non2xx: result.non2xx };
}

const memoryLine = (rows) => rows.map(({ role, rssMb, peakMb }) => `${role} ${rssMb.toFixed(0)} MB (peak ${peakMb.toFixed(0)})`).join(", ");

async function startOnce(tree, label, measure) {
  const dataDir = mkdtempSync(join(tmpdir(), "visit-db-"));
  const server = launchNpmStart({ cwd: tree, port: await freePort(), databaseUrl: `file:${join(dataDir, "bench.db")}` });
  try {
    const seconds = await server.firstPage("/en");
    console.log(`${label}: first page ${seconds.toFixed(1)} s after launch`);
    // Let the other workers finish starting before their memory is read.
    await new Promise((done) => setTimeout(done, 3000));
    console.log(`  memory once serving: ${memoryLine(serverMemory(server.pid))}`);
    if (!measure) return { seconds };
    const home = await (await fetch(`${server.baseUrl}/en`)).text();
    const studyPath = /href="(\/en\/study\/[^"]+)"/.exec(home)?.[1];
    const manifest = JSON.parse(readFileSync(join(tree, ".next", "prerender-manifest.json"), "utf8"));
    const allPages = Object.keys(manifest.routes).filter((path) => /^\/(en|zh)(\/|$)/.test(path));
    const rows = [
      ["study page", await throughput(server.baseUrl, [studyPath])],
      ["home page /en", await throughput(server.baseUrl, ["/en"])],
      [`all ${allPages.length} pages in turn`, await throughput(server.baseUrl, allPages)],
    ];
    for (const [name, figures] of rows)
      console.log(
        `  ${name.padEnd(24)} ${figures.rps.toFixed(0).padStart(6)} req/s  p99 ${figures.p99} ms${figures.non2xx ? `  non-2xx ${figures.non2xx}` : ""}`,
      );
    const memory = serverMemory(server.pid);
    console.log(`  memory after the load: ${memoryLine(memory)}`);
    return { seconds, rows, memory };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  console.log(
    `bench:content documents=${DOCUMENTS} from=${FROM} cores=${cpus().length} load average=${loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}`,
  );
  const tree = prepareTree();
  try {
    const started = performance.now();
    // In place (one document), the tree's own build is used as it is: npm start rebuilds what changed.
    if (tree !== FROM)
      execFileSync("npm", ["run", "build"], { cwd: tree, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    const pages = Object.keys(JSON.parse(readFileSync(join(tree, ".next", "prerender-manifest.json"), "utf8")).routes).length;
    console.log(`build (npm run build): ${((performance.now() - started) / 1000).toFixed(0)} s, ${pages} prerendered routes`);
    await startOnce(tree, "start 1", true);
    await startOnce(tree, "start 2 (no source change)", false);
  } finally {
    if (tree !== FROM && !values.keep) rmSync(tree, { recursive: true, force: true });
    else if (tree !== FROM) console.log(`tree kept: ${tree}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
