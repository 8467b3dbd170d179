import { readFileSync } from "node:fs";
import { DocumentFormatError } from "../lib/content/format-error";
import { parseDocument } from "../lib/content/parse-document";
import { loadStudySets } from "../lib/content/study-sets";
import type { ParsedDocument } from "../lib/content/types";
import { buildQuestionBank } from "../lib/questions/build-question-bank";
import type { QuestionBank } from "../lib/questions/types";

// Prints the question bank as JSON, for authors previewing a document and for tests.
//   npm run --silent questions                     every document in content/
//   npm run --silent questions -- --file <path>    one document file, anywhere
// A malformed document prints `file:line: reason` on stderr, exits 1, and prints no JSON.

function usage(): never {
  process.stderr.write("usage: npm run --silent questions [-- --file <path>]\n");
  process.exit(2);
}

function documents(args: string[]): ParsedDocument[] {
  if (args.length === 0) return loadStudySets();
  if (args[0] !== "--file" || !args[1] || args.length > 2) usage();
  const file = args[1];
  return [parseDocument(readFileSync(file, "utf8"), file)];
}

/** Exactly the shape issue 3 documents, nothing more. */
function toJson(bank: QuestionBank) {
  return {
    file: bank.file,
    published: bank.published,
    sections: bank.sections.map(({ id, index, title, labelZh, date, place, participants }) => ({
      id,
      index,
      title,
      labelZh,
      date,
      place,
      participants: participants.map(({ name, title: role }) => ({ name, title: role })),
    })),
    questions: bank.questions.map(({ id, section, kind, prompt, choices, answer, accept, source }) => ({
      id,
      section,
      kind,
      prompt: { en: prompt.en, zh: prompt.zh },
      choices,
      answer,
      accept,
      source,
    })),
  };
}

// `… | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

try {
  const banks = documents(process.argv.slice(2)).map((document) => buildQuestionBank(document));
  process.stdout.write(`${JSON.stringify({ documents: banks.map(toJson) }, null, 2)}\n`);
} catch (error) {
  if (error instanceof DocumentFormatError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
