import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parseDocument } from "../lib/content/parse-document";
import { buildQuestionBank } from "../lib/questions/build-question-bank";

// How the cost of building a bank grows with the document: the seed, and a synthetic
// document 50 times its size (the seed's headed sections repeated with renamed headlines
// and labels). Prints medians of several runs; growth should be about linear.

const SEED = "content/qin-gang-islamabad-2023-05.txt";
const COPIES = 50;
const RUNS = 9;

/** The seed followed by 49 more copies of its headed sections, each headline and label made unique. */
function scaled(text: string, copies: number): string {
  const lines = text.split("\n");
  const firstHeadline = lines.findIndex((line, i) => i > 0 && /（[^）]+）$/.test(line));
  const body = lines.slice(firstHeadline).join("\n");
  const parts = [text];
  for (let copy = 2; copy <= copies; copy++) {
    parts.push(
      body
        .replace(/^(.+?)（([^）]+)）$/gm, `$1, Part ${copy}（$2${copy}）`) // headline with its label
        .replace(/^（([^）]+)）$/gm, `（$1${copy}）`) // a label alone on its line
        .replace(/^(Chinese FM: .+)$/m, `$1, Part ${copy}`),
    );
  }
  return parts.join("\n\n");
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

type Case = { label: string; text: string; file: string; times: number[]; questions: number; sections: number };

function prepare(label: string, text: string, file: string): Case {
  const document = parseDocument(text, file);
  const questions = buildQuestionBank(document).questions.length; // warm-up: JIT and regex compilation
  return { label, text, file, times: [], questions, sections: document.sections.length };
}

function timeOnce(item: Case): void {
  const document = parseDocument(item.text, item.file);
  const start = performance.now();
  buildQuestionBank(document);
  item.times.push(performance.now() - start);
}

function report(item: Case): void {
  console.log(
    `${item.label.padEnd(10)} ${String(item.text.length).padStart(8)} chars ${String(item.sections).padStart(4)} sections ` +
      `${String(item.questions).padStart(5)} questions   median ${median(item.times).toFixed(1)} ms, min ${Math.min(...item.times).toFixed(1)} ms` +
      `   (runs: ${item.times.map((t) => t.toFixed(0)).join(", ")})`,
  );
}

const seedText = readFileSync(SEED, "utf8");
const small = prepare("seed", seedText, SEED);
const big = prepare(`seed x${COPIES}`, scaled(seedText, COPIES), "synthetic-x50.txt");
// Interleaved, so a burst of load from other processes hits both sizes alike.
for (let run = 0; run < RUNS; run++) {
  timeOnce(small);
  timeOnce(big);
}
console.log(`buildQuestionBank (parsing excluded), ${RUNS} interleaved runs after one warm-up each`);
report(small);
report(big);
const sizeRatio = big.text.length / small.text.length;
const medianRatio = median(big.times) / median(small.times);
const minRatio = Math.min(...big.times) / Math.min(...small.times);
console.log(
  `size x${sizeRatio.toFixed(1)}; time x${medianRatio.toFixed(1)} by median, x${minRatio.toFixed(1)} by min ` +
    `(${(minRatio / sizeRatio).toFixed(2)} of linear; about 1 means linear growth)`,
);
