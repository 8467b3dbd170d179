import { getStudySets } from "../lib/content/study-sets";
import { missingNames } from "../lib/glossary/coverage";
import { getDocumentGlossary, loadDocumentEntries } from "../lib/glossary/document-glossary";
import { findTerms } from "../lib/glossary/find-terms";
import { pinyinOf } from "../lib/glossary/pinyin";

// The glossary's gaps: every capitalised name in each document of content/ that neither
// the document's glossary nor the shared one covers. Exits 1 when there is any, so
// `npm run lint` fails on a gap. `--list <slug>` prints the entries that apply to one
// document as a Markdown table (the README's list).

const listAt = process.argv.indexOf("--list");
if (listAt >= 0) {
  const slug = process.argv[listAt + 1] ?? "";
  const document = getStudySets().find((set) => set.slug === slug);
  if (!document) throw new Error(`no document ${slug}`);
  const text = document.sections.flatMap((section) => [section.title ?? "", section.caption?.text ?? "", ...section.paragraphs.map((p) => p.text)]).join("\n");
  const own = new Set(loadDocumentEntries(slug).map((entry) => entry.zh));
  const named = new Set(findTerms(text, getDocumentGlossary(slug)).map((match) => match.entry));
  const entries = getDocumentGlossary(slug).filter((entry) => own.has(entry.zh) || named.has(entry));
  const order = ["person", "place", "organisation", "term"];
  entries.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  console.log("| English | Chinese | pinyin | kind | title at the time / note | file |\n|---|---|---|---|---|---|");
  for (const entry of entries) {
    const zh = entry.zhFull ? `${entry.zh} (${entry.zhFull})` : entry.zh;
    const note = entry.title ?? (entry.abbreviationOf ? `short for ${entry.abbreviationOf}` : entry.category);
    console.log(`| ${entry.en.join(", ")} | ${zh} | ${pinyinOf(entry.zh)} | ${entry.kind} | ${note} | ${own.has(entry.zh) ? "document" : "shared"} |`);
  }
  console.log(`\n${entries.length} entries`);
} else {
  let gaps = 0;
  for (const document of getStudySets()) {
    for (const name of missingNames(document.sections, getDocumentGlossary(document.slug))) {
      gaps += 1;
      console.error(`${document.file}:${name.line}: no glossary entry for "${name.word}" (…${name.context}…)`);
    }
  }
  if (gaps > 0) {
    console.error(`${gaps} name(s) missing from the glossary: add them to content/<slug>.glossary.json or content/glossary/shared.json`);
    process.exit(1);
  }
  console.log("glossary: every capitalised name in content/ is covered");
}
