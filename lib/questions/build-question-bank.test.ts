import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { buildQuestionBank } from "./build-question-bank";
import { checkBank } from "./check-bank";
import { QUESTION_KINDS, type QuestionBank } from "./types";

const SEED = "content/qin-gang-islamabad-2023-05.txt";
const BERLIN = "tests/fixtures/zhao-berlin-2024-05.txt";
const WELLINGTON = "tests/fixtures/chen-wellington-2024-06.txt";
// Two more visits in other shapes: Arabic names with multi-word surnames, a joint "opposed",
// an unlabeled closing section; a caption with a credit, a lone agreement, weekday-only dates.
const CAIRO = "tests/fixtures/wang-cairo-2024-03.txt";
const CANBERRA = "tests/fixtures/li-canberra-2024-06.txt";

const load = (file: string) => parseDocument(readFileSync(file, "utf8"), file);
const names = (bank: QuestionBank) => bank.sections.map((section) => section.participants.map((participant) => participant.name));
const kinds = (bank: QuestionBank) => new Set(bank.questions.map((question) => question.kind));

describe.each([SEED, BERLIN, WELLINGTON, CAIRO, CANBERRA])("quality rules on %s", (file) => {
  const document = load(file);
  const bank = buildQuestionBank(document);

  it("breaks none of the rules", () => {
    expect(checkBank(bank, document)).toEqual([]);
  });

  it("gives every section questions", () => {
    for (const section of bank.sections) expect(bank.questions.filter((q) => q.section === section.id).length).toBeGreaterThan(2);
  });

  it("is deterministic and keeps ids when the seed changes", () => {
    expect(buildQuestionBank(load(file))).toEqual(bank);
    const reseeded = buildQuestionBank(document, { seed: 7 });
    expect(reseeded.questions.map((q) => q.id)).toEqual(bank.questions.map((q) => q.id));
    expect(reseeded.questions.map((q) => q.answer)).toEqual(bank.questions.map((q) => q.answer));
    expect(checkBank(reseeded, document)).toEqual([]);
  });
});

describe("the seed's bank", () => {
  const document = load(SEED);
  const bank = buildQuestionBank(document);

  it("has at least 60 questions of every kind", () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(60);
    expect(kinds(bank)).toEqual(new Set(QUESTION_KINDS));
  });

  it("gets every section's date and participants right", () => {
    expect(bank.sections.map((section) => section.date)).toEqual([
      "2023-05-05", "2023-05-05", "2023-05-06", "2023-05-06", "2023-05-06", "2023-05-06", "2023-05-06", "2023-05-06",
    ]);
    const qin = "Qin Gang";
    const bilawal = "Bilawal Bhutto Zardari";
    expect(names(bank)).toEqual([
      ["Arif Alvi", qin],
      [qin, "Hina Rabbani Khar"],
      [qin, bilawal],
      [qin, bilawal],
      [qin, bilawal],
      [qin, "Amir Khan Muttaqi"],
      [qin, bilawal, "Amir Khan Muttaqi"],
      [qin, "Asim Munir"],
    ]);
    expect(bank.sections[0]!.participants).toEqual([
      { name: "Arif Alvi", title: "Pakistani President" },
      { name: qin, title: "Chinese State Councilor and Foreign Minister" },
    ]);
    expect(bank.sections[5]!.participants[1]).toEqual({
      name: "Amir Khan Muttaqi",
      title: "Acting Foreign Minister of the Afghan Interim Government",
    });
  });

  it("turns every sentence of the two “agreed” sections that says “agreed to” into an agreement question", () => {
    for (const label of ["答记者问2", "第五次中阿巴外长三方对话"]) {
      const section = document.sections.find((candidate) => candidate.labelZh === label)!;
      const agreed = section.paragraphs.flatMap((p) => p.text.split(/(?<=\.)\s+(?=[A-Z])/)).filter((s) => /\bagreed to\b/.test(s));
      expect(agreed.length).toBeGreaterThanOrEqual(label === "答记者问2" ? 5 : 3);
      const sources = bank.questions.filter((q) => q.kind === "agreement" && q.section === section.id).map((q) => q.source);
      for (const sentence of agreed) expect(sources).toContain(sentence);
    }
  });

  it("never offers someone who also attended as a wrong answer to who attended the trilateral dialogue", () => {
    const trilateral = bank.sections[6]!;
    for (const question of bank.questions.filter((q) => q.section === trilateral.id && q.kind === "participant")) {
      const wrong = question.choices.filter((choice) => choice !== question.answer);
      for (const participant of trilateral.participants) expect(wrong).not.toContain(participant.name);
    }
  });

  it("accepts lenient forms of a name", () => {
    const muttaqi = bank.questions.find((q) => q.answer === "Amir Khan Muttaqi")!;
    expect(muttaqi.accept).toEqual(expect.arrayContaining(["Amir Khan Muttaqi", "Muttaqi"]));
    const qin = bank.questions.find((q) => q.answer === "Qin Gang")!;
    expect(qin.accept).toEqual(expect.arrayContaining(["Qin Gang", "Qin"]));
  });

  it("writes Chinese prompts in Chinese order, dates as 2023年5月5日", () => {
    const opening = bank.questions.filter((q) => q.section === bank.sections[0]!.id);
    expect(opening.find((q) => q.kind === "participant")!.prompt).toEqual({
      en: "Who met with Qin Gang in Islamabad on May 5, 2023?",
      zh: "2023年5月5日，谁在Islamabad会见了Qin Gang？",
    });
    expect(opening.find((q) => q.kind === "date")!.prompt).toEqual({
      en: "When did Arif Alvi meet with Qin Gang in Islamabad?",
      zh: "Arif Alvi在Islamabad会见Qin Gang是在哪一天？",
    });
  });

  it("keeps other sections' ids when one section's text changes", () => {
    const text = readFileSync(SEED, "utf8").replace("sweeter than honey", "sweeter than sugar");
    const edited = buildQuestionBank(parseDocument(text, SEED));
    const untouched = (b: QuestionBank) => b.questions.filter((q) => !q.section.endsWith("chinese-fm-china-firmly-supports-pakistan-in-achieving")).map((q) => q.id);
    expect(untouched(edited)).toEqual(untouched(bank));
  });
});

describe("the fixture banks", () => {
  it("resolve a weekday against the dateline and ask which day it was", () => {
    const bank = buildQuestionBank(load(BERLIN));
    expect(bank.sections.map((section) => [section.date, section.place])).toEqual([
      ["2024-05-08", "Berlin"],
      ["2024-05-07", "Berlin"],
      ["2024-05-10", "Hamburg"],
    ]);
    const weekday = bank.questions.find((q) => q.kind === "date" && q.section === bank.sections[1]!.id)!;
    expect(weekday.answer).toBe("Tuesday");
    expect(weekday.choices).toHaveLength(4);
  });

  it("find participants with shared titles, and every kind the text supports", () => {
    const berlin = buildQuestionBank(load(BERLIN));
    expect(names(berlin)).toEqual([["Klaus Hartmann", "Zhao Lin"], ["Wang Hao", "Anna Keller"], ["Zhao Lin", "Peter Vogel", "Sophie Brandt"]]);
    // One labelled section only: a label question would have no wrong choice to offer.
    expect(kinds(berlin)).toEqual(new Set(QUESTION_KINDS.filter((kind) => kind !== "label")));
    const wellington = buildQuestionBank(load(WELLINGTON));
    expect(names(wellington)).toEqual([
      ["Chen Qiang", "Thomas Reid"],
      ["Chen Qiang", "Helen Ward"],
      ["Chen Qiang", "Grace Tane", "Mark Lowe"],
      ["Chen Qiang", "Rosa Finch"],
    ]);
    expect(wellington.sections.map((section) => section.date)).toEqual(["2024-06-13", "2024-06-14", "2024-06-15", "2024-06-16"]);
    expect(kinds(wellington)).toEqual(new Set(QUESTION_KINDS));
  });

  it("ask “Who is …?” only for a title that names one person", () => {
    const berlin = buildQuestionBank(load(BERLIN));
    const whoIs = berlin.questions.filter((q) => q.prompt.en.startsWith("Who is described as")).map((q) => q.prompt.en);
    expect(whoIs).not.toContain("Who is described as “Foreign Minister”?");
    expect(whoIs).toContain("Who is described as “German Foreign Minister”?");
  });
});

describe("the Cairo and Canberra fixtures", () => {
  it("resolve dates from the lead, a dateline and weekdays, and places from the lead", () => {
    const cairo = buildQuestionBank(load(CAIRO));
    expect(cairo.sections.map((section) => [section.date, section.place])).toEqual([
      ["2024-03-10", "Cairo"],
      ["2024-03-11", "Cairo"],
      ["2024-03-11", "Cairo"],
      ["2024-03-12", null],
    ]);
    const canberra = buildQuestionBank(load(CANBERRA));
    expect(canberra.sections.map((section) => [section.date, section.place])).toEqual([
      ["2024-06-17", "Canberra"],
      ["2024-06-18", "Perth"],
      ["2024-06-17", "Canberra"],
    ]);
  });

  it("name a speaker by the short form the text uses, even a two-word surname", () => {
    const cairo = buildQuestionBank(load(CAIRO));
    const quotes = cairo.questions.filter((question) => question.kind === "quote").map((question) => question.answer);
    expect(quotes).toContain("Aboul Gheit");
  });

  it("keep a lone agreement as a typed question rather than drop it", () => {
    const canberra = buildQuestionBank(load(CANBERRA));
    const agreements = canberra.questions.filter((question) => question.kind === "agreement");
    expect(agreements.map((question) => question.choices.length)).toEqual([1]);
  });
});
