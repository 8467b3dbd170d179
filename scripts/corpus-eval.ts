import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "../lib/content/parse-document";
import { buildQuestionBank } from "../lib/questions/build-question-bank";
import { checkBank } from "../lib/questions/check-bank";
import { GoldDocument } from "../lib/questions/evaluation/gold";
import { scoreBank } from "../lib/questions/evaluation/score-bank";

// Scores the generator on the corpus against the hand-written gold facts and prints the
// figures per document and in all. The test set is for the end only:
//   npx tsx scripts/corpus-eval.ts tuning [--verbose] [--dump <dir>]
//   npx tsx scripts/corpus-eval.ts test
//   npx tsx scripts/corpus-eval.ts /path/to/folder   (any folder of documents with gold files)

const [set = "tuning", ...flags] = process.argv.slice(2);
const verbose = flags.includes("--verbose");
const dir = set.includes("/") ? set : join("tests/corpus", set);
const pct = (a: number, b: number) => (b === 0 ? "-" : `${((100 * a) / b).toFixed(0)}%`);
const totals = { p: [0, 0], d: [0, 0], pl: [0, 0], pos: [0, 0], v: [0, 0], q: 0, violations: 0 };

for (const name of readdirSync(dir)
  .filter((file) => file.endsWith(".txt"))
  .sort()) {
  const file = join(dir, name);
  const goldFile = file.replace(/\.txt$/, ".gold.json");
  if (!existsSync(goldFile)) continue;
  const document = parseDocument(readFileSync(file, "utf8"), file);
  const bank = buildQuestionBank(document);
  const gold = GoldDocument.parse(JSON.parse(readFileSync(goldFile, "utf8")));
  const score = scoreBank(bank, gold);
  const violations = checkBank(bank, document);
  const kinds: Record<string, number> = {};
  for (const question of bank.questions) kinds[question.kind] = (kinds[question.kind] ?? 0) + 1;
  console.log(
    `${name}: ${bank.questions.length} questions ${JSON.stringify(kinds)}\n` +
      `  participants ${score.participants.found}/${score.participants.total} · dates ${score.dates.right}/${score.dates.total}` +
      ` · places ${score.places.right}/${score.places.total} · positions ${score.positions.tested}/${score.positions.total}` +
      ` · visitor answers ${score.visitor.answers}/${score.visitor.asked} · rule violations ${violations.length}`,
  );
  if (verbose) {
    for (const line of [
      ...score.participants.missed.map((m) => `missed participant ${m}`),
      ...score.dates.wrong.map((m) => `date ${m}`),
      ...score.places.wrong.map((m) => `place ${m}`),
      ...score.positions.untested.map((m) => `untested ${m}`),
      ...violations,
    ]) {
      console.log(`    ${line}`);
    }
  }
  const add = (key: keyof typeof totals, a: number, b: number) => {
    const pair = totals[key] as number[];
    pair[0]! += a;
    pair[1]! += b;
  };
  add("p", score.participants.found, score.participants.total);
  add("d", score.dates.right, score.dates.total);
  add("pl", score.places.right, score.places.total);
  add("pos", score.positions.tested, score.positions.total);
  add("v", score.visitor.answers, score.visitor.asked);
  totals.q += bank.questions.length;
  totals.violations += violations.length;
}
const [p, d, pl, pos, v] = [totals.p, totals.d, totals.pl, totals.pos, totals.v] as number[][];
console.log(
  `\nALL ${set}: ${totals.q} questions · participants ${pct(p![0]!, p![1]!)} · dates ${pct(d![0]!, d![1]!)} · places ${pct(pl![0]!, pl![1]!)}` +
    ` · positions tested ${pct(pos![0]!, pos![1]!)} · visitor answers ${pct(v![0]!, v![1]!)} · rule violations ${totals.violations}`,
);
