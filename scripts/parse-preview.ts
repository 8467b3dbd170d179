import { readFileSync } from "node:fs";
import { DocumentFormatError } from "../lib/content/format-error";
import { parseDocument } from "../lib/content/parse-document";

// Shows how the parser splits a document into sections (headline, label, date, place,
// paragraph count), for authors checking a new document's format. No questions.
//   npx tsx scripts/parse-preview.ts <file>

// `… | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: npx tsx scripts/parse-preview.ts <file>\n");
  process.exit(2);
}
try {
  const document = parseDocument(readFileSync(file, "utf8"), file);
  process.stdout.write(`published ${document.published}, ${document.sections.length} sections\n`);
  for (const section of document.sections) {
    process.stdout.write(
      `[${section.index}] ${section.title ?? "(opening, no headline)"}\n` +
        `    label ${section.labelZh ?? "-"} · ${section.paragraphs.length} paragraphs` +
        `${section.caption ? " · caption" : ""} · lines ${section.startLine}-${section.endLine}\n`,
    );
  }
} catch (error) {
  if (error instanceof DocumentFormatError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
