import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "../lib/content/parse-document";
import { analyseDocument } from "../lib/questions/analysis";
import { phrasebookClauses } from "../lib/questions/phrasebook";
import { sectionPositions } from "../lib/questions/positions";

// Lists phrasebook candidates: what parties pledged, supported or opposed in the corpus's
// tuning documents (real releases), in clauses that name no country or person, each with
// the publication date of its earliest release. content/glossary/phrasebook.json keeps the
// ones a person has read and chosen (the candidates also hold ungrammatical or one-off
// clauses: "prepare for important agenda for the next stage"); questions take wrong
// choices from it when a document has too few of its own. The test documents are never read.
//   npx tsx scripts/build-phrasebook.ts          # candidates not yet in the phrasebook, as JSON lines

const DIR = "tests/corpus/tuning";
const entries = new Map<string, { text: string; group: string; from: string; published: string }>();

for (const name of readdirSync(DIR)
  .filter((file) => file.endsWith(".txt"))
  .sort()) {
  const document = parseDocument(readFileSync(join(DIR, name), "utf8"), name);
  const analysis = analyseDocument(document);
  for (const section of analysis.sections) {
    for (const position of sectionPositions(section, analysis)) {
      for (const clause of phrasebookClauses(position, analysis)) {
        // The earliest release that says it: a clause is a fair wrong choice only for documents
        // written after it was in use ("oppose decoupling" means nothing in 2013).
        const known = entries.get(clause.text.toLowerCase());
        if (!known || known.published > document.published)
          entries.set(clause.text.toLowerCase(), { ...clause, from: document.slug, published: document.published });
      }
    }
  }
}
const kept = new Set(
  (JSON.parse(readFileSync("content/glossary/phrasebook.json", "utf8")) as { clauses: { text: string }[] }).clauses.map((clause) => clause.text.toLowerCase()),
);
const candidates = [...entries.values()]
  .filter((entry) => !kept.has(entry.text.toLowerCase()))
  .sort((a, b) => a.group.localeCompare(b.group) || a.text.localeCompare(b.text));
for (const entry of candidates) process.stdout.write(`${JSON.stringify(entry)}\n`);
process.stderr.write(`${candidates.length} candidates not in the phrasebook (${kept.size} kept)\n`);
