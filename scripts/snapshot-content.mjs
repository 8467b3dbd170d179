// Snapshots the content/ files the app reads at run time (every document and its own
// glossary) into lib/generated/content.json, which the build bundles: a production server's
// workers then all serve the content of the build, never content/ as it is on disk now
// (after an edit without a rebuild, two workers disagreed: 50 questions in one, 48 in the
// other). Run before every build (server/build/ensure-build.ts) and after install.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function snapshotContent(dir = "content", out = "lib/generated/content.json") {
  const names = readdirSync(dir).sort();
  const documents = names.filter((name) => name.endsWith(".txt")).map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
  const glossaries = Object.fromEntries(
    names.filter((name) => name.endsWith(".glossary.json")).map((name) => [name.slice(0, -".glossary.json".length), readFileSync(join(dir, name), "utf8")]),
  );
  mkdirSync("lib/generated", { recursive: true });
  const json = JSON.stringify({ documents, glossaries });
  // Unchanged content leaves the file (and its time) alone: a newer file would make the
  // next `npm start` rebuild for nothing.
  if (!existsSync(out) || readFileSync(out, "utf8") !== json) writeFileSync(out, json);
  return documents.length;
}

if (import.meta.url === `file://${process.argv[1]}`) snapshotContent();
