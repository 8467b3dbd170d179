import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseDocument } from "../lib/content/parse-document";
import { buildQuestionBank } from "../lib/questions/build-question-bank";

// Writes what a blind examiner sees: the document and its questions as JSON (prompt in
// both languages, choices, answer), nothing about how they were made.
//   npx tsx scripts/review-export.ts <out dir> <document.txt> [<document.txt> …]

const [out, ...files] = process.argv.slice(2);
if (!out || files.length === 0) {
  process.stderr.write("usage: npx tsx scripts/review-export.ts <out dir> <document.txt> [...]\n");
  process.exit(2);
}
mkdirSync(out, { recursive: true });
for (const file of files) {
  const name = basename(file, ".txt");
  const bank = buildQuestionBank(parseDocument(readFileSync(file, "utf8"), file));
  // A typed question is graded against every accepted form, so the examiner sees them too.
  const questions = bank.questions.map(({ id, kind, prompt, choices, answer, accept }) => ({
    id,
    kind,
    prompt,
    choices,
    answer,
    ...(choices.length === 0 ? { accepted: accept } : {}),
  }));
  copyFileSync(file, join(out, `${name}.txt`));
  writeFileSync(join(out, `${name}.questions.json`), `${JSON.stringify({ document: `${name}.txt`, questions }, null, 1)}\n`);
  process.stdout.write(`${name}: ${questions.length} questions\n`);
}
