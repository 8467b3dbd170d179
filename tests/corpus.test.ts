import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../lib/content/parse-document";
import { buildQuestionBank } from "../lib/questions/build-question-bank";
import { checkBank } from "../lib/questions/check-bank";
import { GoldDocument } from "../lib/questions/evaluation/gold";
import { scoreBank } from "../lib/questions/evaluation/score-bank";

// The quality rules over every real document of the corpus (tuning, test and the seed):
// none may be broken anywhere. Extraction is held to floors on the tuning documents only;
// the test documents are scored by hand at the end (scripts/corpus-eval.ts test).

const ROOT = "tests/corpus";
const documents = ["tuning", "test", "seed"].flatMap((set) =>
  readdirSync(join(ROOT, set))
    .filter((name) => name.endsWith(".txt"))
    .map((name) => ({ set, file: join(ROOT, set, name) })),
);
const load = (file: string) => parseDocument(readFileSync(file, "utf8"), file);

describe.each(documents)("$set: $file", ({ file }) => {
  const document = load(file);
  const bank = buildQuestionBank(document);

  it("breaks none of the quality rules", () => {
    expect(checkBank(bank, document).filter((problem) => !problem.endsWith(": no questions"))).toEqual([]);
  });

  it("is deterministic", () => {
    expect(buildQuestionBank(load(file))).toEqual(bank);
  });

  it("has a gold file that is verbatim from the text", () => {
    const gold = GoldDocument.parse(JSON.parse(readFileSync(file.replace(/\.txt$/, ".gold.json"), "utf8")));
    const text = readFileSync(file, "utf8");
    for (const section of gold.sections) for (const position of section.positions) expect(text).toContain(position.text);
  });
});

describe("extraction on the tuning documents", () => {
  const totals = { participants: [0, 0], dates: [0, 0], places: [0, 0] };
  for (const { file } of documents.filter(({ set }) => set === "tuning")) {
    const score = scoreBank(buildQuestionBank(load(file)), GoldDocument.parse(JSON.parse(readFileSync(file.replace(/\.txt$/, ".gold.json"), "utf8"))));
    totals.participants[0]! += score.participants.found;
    totals.participants[1]! += score.participants.total;
    totals.dates[0]! += score.dates.right;
    totals.dates[1]! += score.dates.total;
    totals.places[0]! += score.places.right;
    totals.places[1]! += score.places.total;
  }
  const share = ([a, b]: number[]) => a! / b!;

  // Floors at today's figures on today's corpus (229 documents: 88.3 %, 95.1 %, 93.6 %). The
  // ninth round added 51 documents of outlets and styles never seen before (older China Daily
  // excerpts among them), which took the shares down from 90/96/95 % on the 178 before them; a
  // floor guards against regressions. The tenth round added the tenth test set (participants
  // 63 % when scored) and 16 development documents of 2000–2024: 87.0 %, 94.9 %, 92.5 % on 250.
  // Then 86.9 %: a wrap-up's "During his stay in Sochi, Xi held talks with …" is a recap, not
  // the wrap-up's event, though one gold file lists those people as its participants. Then 16
  // more development documents (2002–2024, older Xinhua and China Daily copy among them):
  // 86.4 %, 94.5 %, 91.7 % on 266. The eleventh round moved in the eleventh test set (85 %,
  // 91 %, 77 % when scored): 86.3 %, 94.4 %, 91.5 % on 271; then 40 development documents of
  // 2000–2024 (many from embassy and mirror sites, several not Chinese outlets), examined on
  // first sight: 84.9 %, 93.1 %, 89.9 % on 311. The twelfth round moved in the twelfth test set
  // and added 33 development documents of 2000–2024 (older China Daily, People's Daily and
  // embassy copy, several sections cut short by the store, foreign agencies' pages among them),
  // the first 21 of which had 62 % of participants and 69 % of dates on first sight: 82.7 %, 92.1 %, 89.2 %
  // on 349 once this round's fixes were in. The thirteenth round moved in the thirteenth test
  // set (77 %, 90 %, 67 % when scored) and dev105 (four documents of 2010–2018): 82.1 %,
  // 91.8 %, 88.7 % on 359. Then 31 development documents of 2000–2024 (older China Daily and
  // agency copy, mirror sites, foreign outlets' pages, sections cut short by the store), on
  // which today's code finds 66 % of participants, 81 % of dates and 78 % of places: 80.8 %,
  // 90.9 %, 87.9 % on 390. The fourteenth round moved in the fourteenth test set (76 %, 91 %,
  // 87 % when scored) and dev116: 80.6 %, 90.9 %, 87.8 % on 396; then 32 development
  // documents of 2002–2025 (first sight 77 %, 87 %, 84 %): 81.1 %, 90.5 %, 87.4 % on 428.
  // The fifteenth round moved in the fifteenth test set (71 %, 71 %, 43 % when scored) and
  // dev126, then 26 development documents of 2001–2025 (the first 17 on first sight: 88 %,
  // 89 %, 89 %): 81.6 %, 90.3 %, 86.9 % on 462. The sixteenth round moved in the sixteenth test
  // set (90 %, 100 %, 100 % when scored): 81.7 %, 90.4 %, 87.0 % on 467; then 49 development
  // documents of 2003–2025 (the first 37 at this round's code: 83.5 %, 88.0 %, 86.2 %): 82.5 %,
  // 90.1 %, 87.0 % on 516. The seventeenth round moved in the seventeenth test set (66 %, 88 %,
  // 94 % when scored): 82.4 %, 90.1 %, 87.1 % on 521; then 25 development documents of
  // 2007–2025 (participants on first sight: waves 1–2 89.1 %, wave 3 78.7 %): 83.3 %, 90.2 %,
  // 87.1 % on 546; then wave 4's 9 (first sight 87.3 %, 93.3 %, 89.3 %): 83.5 %, 90.2 %, 87.1 %
  // on 555; then wave 5's 9 (first sight 88.0 %, 91.2 %, 87.5 %): 83.6 %, 90.2 %, 87.1 % on 564.
  it("finds the participants, dates and places the gold files list", () => {
    expect(share(totals.participants)).toBeGreaterThanOrEqual(0.835);
    expect(share(totals.dates)).toBeGreaterThanOrEqual(0.902);
    expect(share(totals.places)).toBeGreaterThanOrEqual(0.871);
  });
});
