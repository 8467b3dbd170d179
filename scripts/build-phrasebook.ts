import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "../lib/content/parse-document";
import { analyseDocument } from "../lib/questions/analysis";
import { phrasebookClauses } from "../lib/questions/phrasebook";
import { sectionPositions } from "../lib/questions/positions";

// Writes content/glossary/phrasebook.json: what parties pledged, supported or opposed in
// the corpus's tuning documents (real releases), in clauses that name no country or
// person. Questions take wrong choices from it when a document has too few of its own.
// The test documents are never read.
//   npx tsx scripts/build-phrasebook.ts

const DIR = "tests/corpus/tuning";
const entries = new Map<string, { text: string; group: string; from: string }>();

for (const name of readdirSync(DIR)
  .filter((file) => file.endsWith(".txt"))
  .sort()) {
  const document = parseDocument(readFileSync(join(DIR, name), "utf8"), name);
  const analysis = analyseDocument(document);
  for (const section of analysis.sections) {
    for (const position of sectionPositions(section, analysis)) {
      for (const clause of phrasebookClauses(position, analysis)) {
        if (!entries.has(clause.text.toLowerCase())) entries.set(clause.text.toLowerCase(), { ...clause, from: document.slug });
      }
    }
  }
}
const sorted = [...entries.values()].sort((a, b) => a.group.localeCompare(b.group) || a.text.localeCompare(b.text));
const lines = sorted.map((entry, i) => `    ${JSON.stringify(entry)}${i < sorted.length - 1 ? "," : ""}`);
const note =
  "Clauses of real releases (tests/corpus/tuning) stating what a party would do, supports or opposes, with no country or person named: wrong choices for position questions. Regenerate with `npx tsx scripts/build-phrasebook.ts`.";
writeFileSync("content/glossary/phrasebook.json", `{\n  "note": ${JSON.stringify(note)},\n  "clauses": [\n${lines.join("\n")}\n  ]\n}\n`);
process.stdout.write(`${sorted.length} clauses\n`);
