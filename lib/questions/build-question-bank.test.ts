import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../content/parse-document";
import { buildQuestionBank } from "./build-question-bank";
import { checkBank } from "./check-bank";
import { touches } from "./position/position-index";
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

  it("asks something of most sections", () => {
    const asked = bank.sections.filter((section) => bank.questions.some((q) => q.section === section.id));
    expect(asked.length).toBeGreaterThanOrEqual(Math.ceil(bank.sections.length / 2));
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

  it("has questions of every kind the seed supports, and no place questions for a one-city visit", () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(30);
    // No place (one city) and no quote (the visitor's lines teach little; the others name
    // their country); no role (no longer made: "role" stays a kind for progress exported before).
    expect(kinds(bank)).toEqual(new Set(QUESTION_KINDS.filter((kind) => !["place", "quote", "role"].includes(kind))));
    for (const section of bank.sections) expect(bank.questions.some((q) => q.section === section.id)).toBe(true);
  });

  it("never makes the visitor the answer of more than 30 % of the who-questions", () => {
    const who = bank.questions.filter((q) => q.kind === "participant" || q.kind === "quote");
    expect(who.filter((q) => q.answer === "Qin Gang" || q.answer === "Qin").length).toBeLessThanOrEqual(0.3 * who.length);
  });

  it("gets every section's date and participants right", () => {
    expect(bank.sections.map((section) => section.date)).toEqual([
      "2023-05-05",
      "2023-05-05",
      "2023-05-06",
      "2023-05-06",
      "2023-05-06",
      "2023-05-06",
      "2023-05-06",
      "2023-05-06",
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

  it("tests the points agreed at the trilateral dialogue", () => {
    const section = document.sections.find((candidate) => candidate.labelZh === "第五次中阿巴外长三方对话")!;
    const agreed = section.paragraphs.flatMap((p) => p.text.split(/(?<=\.)\s+(?=[A-Z])/)).filter((s) => /^The three parties agreed to\b/.test(s));
    expect(agreed).toHaveLength(3);
    const sources = new Set(bank.questions.filter((q) => q.section === section.id).map((q) => q.source));
    // One: the second agreed sentence was asked through a field of its list ("poverty
    // reduction"), and no field of a list is blanked since the thirteenth round (on unseen
    // documents such blanks were judged GOOD 2 times in 8 on first sight).
    expect(agreed.filter((sentence) => sources.has(sentence)).length).toBeGreaterThanOrEqual(1);
  });

  it("never offers someone who also attended as a wrong answer to who attended the trilateral dialogue", () => {
    const trilateral = bank.sections[6]!;
    for (const question of bank.questions.filter((q) => q.section === trilateral.id && q.kind === "participant")) {
      const wrong = question.choices.filter((choice) => choice !== question.answer);
      for (const participant of trilateral.participants) expect(wrong).not.toContain(participant.name);
    }
  });

  it("blanks no term that the words around the blank point at, and a short term only among three wrong choices", () => {
    const clozes = bank.questions.filter((q) => q.kind === "agreement" && q.prompt.en.startsWith("Fill in"));
    // Two since the fourteenth round: a standing term is blanked only beside a wrong choice of
    // its own head ("high-level exchanges" among "youth exchanges"), and the seed's are not.
    expect(clozes.length).toBeGreaterThanOrEqual(2);
    for (const question of clozes) {
      const around = question.source.replace(question.answer, " ").replace(/-/g, " ");
      const points = (choice: string) => touches(choice.replace(/-/g, " "), around);
      // "strengthen ____ … root causes of terrorism" with "counter-terrorism cooperation" to find.
      if (points(question.answer)) expect(question.choices.some((choice) => choice !== question.answer && points(choice))).toBe(true);
      if (/^\p{Ll}/u.test(question.answer) && question.answer.split(" ").length < 3) expect(question.choices.length).toBeGreaterThanOrEqual(4);
    }
  });

  it("offers nobody who was with the visitor that day as a wrong answer to who met them that day", () => {
    const met = bank.questions.find((q) => q.prompt.en === "Who met with Qin Gang on May 5, 2023?")!;
    // Hina Rabbani Khar was at the Foreign Service Academy's ceremony with Qin Gang on May 5.
    expect(met.choices).not.toContain("Hina Rabbani Khar");
  });

  it("accepts the pinyin of every Chinese form a typed term accepts", () => {
    const typed = bank.questions.filter((q) => q.kind === "term" && q.choices.length === 0 && /or in pinyin/.test(q.prompt.en));
    expect(typed.length).toBeGreaterThan(0);
    const bri = typed.find((q) => q.answer === "“一带一路”倡议")!;
    expect(bri.accept).toEqual(expect.arrayContaining(["一带一路倡议", "yidaiyiluchangyi"]));
  });

  it("accepts lenient forms of a name", () => {
    const bilawal = bank.questions.find((q) => q.answer === "Bilawal Bhutto Zardari")!;
    expect(bilawal.accept).toEqual(expect.arrayContaining(["Bilawal Bhutto Zardari", "Zardari"]));
    // The office before the short name, and the glossary's Chinese for a learner of the Chinese interface.
    const alvi = bank.questions.find((q) => q.kind === "participant" && q.answer === "Arif Alvi")!;
    expect(alvi.accept).toEqual(expect.arrayContaining(["Arif Alvi", "Alvi", "President Alvi"]));
  });

  it("writes Chinese prompts in Chinese order, dates as 2023年5月5日", () => {
    const opening = bank.questions.filter((q) => q.section === bank.sections[0]!.id);
    expect(opening.find((q) => q.kind === "participant")!.prompt).toEqual({
      en: "Who met with Qin Gang on May 5, 2023?",
      zh: "2023年5月5日，谁会见了秦刚？", // issue 10: names in Chinese where the glossary has them
    });
    const date = opening.find((q) => q.kind === "date")!;
    expect(date.prompt.en).toBe("When did Arif Alvi meet with Qin Gang in Islamabad?");
    expect(date.choices).toEqual(expect.arrayContaining(["May 6, 2023"]));
  });

  it("keeps other sections' ids when one section's text changes", () => {
    const text = readFileSync(SEED, "utf8").replace("sweeter than honey", "sweeter than sugar");
    const edited = buildQuestionBank(parseDocument(text, SEED));
    const untouched = (b: QuestionBank) =>
      b.questions.filter((q) => !q.section.endsWith("chinese-fm-china-firmly-supports-pakistan-in-achieving")).map((q) => q.id);
    expect(untouched(edited)).toEqual(untouched(bank));
  });
});

describe("two sections reporting one meeting", () => {
  it("ask it once, though their English names the place two ways ('in Tirana', 'in Tirana, Albania')", () => {
    const bank = buildQuestionBank(
      parseDocument(
        [
          "date 2021-10-30",
          "Albanian PM Meets Wang Hao（阿尔巴尼亚总理会见王浩）",
          "",
          "TIRANA, Oct. 29 (Xinhua) -- Albanian Prime Minister Edon Rami met with visiting Chinese Foreign Minister Wang Hao in Tirana on October 29, 2021.",
          "",
          "Wang Hao Meets with Albanian Prime Minister（会见阿尔巴尼亚总理）",
          "",
          "On Oct. 29, 2021, Albanian Prime Minister Edon Rami met with Chinese Foreign Minister Wang Hao in Tirana, Albania.",
        ].join("\n"),
        "tirana.txt",
      ),
    );
    const zh = bank.questions.filter((q) => q.kind !== "term" && q.kind !== "label").map((q) => q.prompt.zh);
    expect(zh.length).toBeGreaterThan(0);
    expect(new Set(zh).size).toBe(zh.length);
  });
});

describe("the fixture banks", () => {
  it("resolve a weekday against the dateline, and never ask for a bare weekday", () => {
    const bank = buildQuestionBank(load(BERLIN));
    expect(bank.sections.map((section) => [section.date, section.place])).toEqual([
      ["2024-05-08", "Berlin"],
      ["2024-05-07", "Berlin"],
      ["2024-05-10", "Hamburg"],
    ]);
    expect(bank.questions.filter((q) => q.kind === "date" && /day$/.test(q.answer))).toEqual([]);
  });

  it("find participants with shared titles", () => {
    const berlin = buildQuestionBank(load(BERLIN));
    expect(names(berlin)).toEqual([
      ["Klaus Hartmann", "Zhao Lin"],
      ["Wang Hao", "Anna Keller"],
      ["Zhao Lin", "Peter Vogel", "Sophie Brandt"],
    ]);
    const wellington = buildQuestionBank(load(WELLINGTON));
    expect(names(wellington)).toEqual([
      ["Chen Qiang", "Thomas Reid"],
      ["Chen Qiang", "Helen Ward"],
      ["Chen Qiang", "Grace Tane", "Mark Lowe"],
      ["Chen Qiang", "Rosa Finch"],
    ]);
    expect(wellington.sections.map((section) => section.date)).toEqual(["2024-06-13", "2024-06-14", "2024-06-15", "2024-06-16"]);
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

  it("never ask who said a quote that names a country of the visit", () => {
    for (const file of [CAIRO, CANBERRA]) {
      const quotes = buildQuestionBank(load(file)).questions.filter((question) => question.kind === "quote");
      for (const quote of quotes) expect(quote.prompt.en).not.toMatch(/\b(?:China|Chinese|Egypt|Egyptian|Australia|Australian)\b/);
    }
  });

  it("never ask a question with fewer than three choices", () => {
    for (const file of [CAIRO, CANBERRA]) {
      // Typed questions have no choices by design (a term to write in Chinese, a name to
      // recall): the quiz asks them typed. Any other question has three choices at least.
      const chosen = buildQuestionBank(load(file)).questions.filter((question) => question.choices.length > 0);
      for (const question of chosen) expect(question.choices.length).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("clause questions on every fixture", () => {
  it("offer no wrong choice of what the meeting's section speaks of, nor another point of the same agreement", () => {
    const asked = [SEED, BERLIN, WELLINGTON, CAIRO, CANBERRA].flatMap((file) => {
      const document = load(file);
      return buildQuestionBank(document)
        .questions.filter((q) => q.kind === "agreement" && !q.prompt.en.startsWith("Fill in"))
        .map((question) => ({ question, section: document.sections.find((candidate) => candidate.id === question.section)! }));
    });
    expect(asked.length).toBeGreaterThan(5);
    for (const { question, section } of asked) {
      for (const wrong of question.choices.filter((choice) => choice !== question.answer)) {
        expect(question.source).not.toContain(wrong);
        // "increase exchanges and communication" where the talks "strengthen strategic communication": defensible.
        expect(touches(wrong, section.paragraphs.map((paragraph) => paragraph.text).join(" "))).toBe(false);
      }
    }
  });
});

describe("date questions on every fixture", () => {
  it("write every choice's month as the answer's is written (“Nov 3” never among “November 2”)", () => {
    const form = (date: string) => (/^\p{L}+\./u.test(date) ? "stop" : /^(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\b/.test(date) ? "bare" : "full");
    const dates = [SEED, BERLIN, WELLINGTON, CAIRO, CANBERRA].flatMap((file) =>
      buildQuestionBank(load(file)).questions.filter((q) => q.kind === "date" && q.choices.length > 0),
    );
    expect(dates.length).toBeGreaterThan(3);
    // March to July have one form only.
    const oneForm = (date: string) => /^(?:March|April|May|June|July)\b/.test(date);
    for (const question of dates) {
      for (const choice of question.choices) if (!oneForm(choice) && !oneForm(question.answer)) expect(form(choice)).toBe(form(question.answer));
    }
  });
});

describe("names without Chinese", () => {
  it("keep a who question multiple choice in typed sessions, and never one whose key holds Chinese", () => {
    const bank = buildQuestionBank(parseDocument(readFileSync("content/qin-gang-islamabad-2023-05.txt", "utf8"), "seed.txt"));
    const who = bank.questions.filter((question) => question.kind === "participant" || question.kind === "quote");
    expect(who.length).toBeGreaterThan(0);
    for (const question of who) {
      const chinese = question.accept.some((form) => /\p{Script=Han}/u.test(form));
      expect(question.choiceOnly === true).toBe(!chinese && question.choices.length >= 3);
    }
  });
});
