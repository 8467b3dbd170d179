import type { ParsedDocument } from "../content/types";
import { reportDate } from "../content/event-date";
import { countryOf, countryOfCapital } from "../content/gazetteer";
import { analyseDocument } from "./analysis";
import { givenAway, mentionsWord } from "./giveaway";
import { countriesIn } from "./parties";
import { peopleCountries } from "./positions";
import { KIND_TRAITS } from "./kinds";
import type { Question, QuestionBank } from "./types";
import { termProblems } from "./term-problems";

// The quality rules as one function, so tests (and authors previewing a new document) can
// check any bank: it returns every violation found, empty when all hold. Each rule names a
// failure a blind review found: an answer's variant among the wrong choices, a city beside
// its country, a quote naming its speaker's side, one-choice and whole-clause questions,
// labels told apart by a number, facts read from a caption or dateline.

const MAX_CHOICES = 4;
const CJK = /[\u3400-\u9fff]/;
const EN_DATE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d/;
const fold = (text: string) => text.toLowerCase();

/** Quoted text removed, so a cloze's quoted English sentence is not judged as the prompt's own words. */
const unquoted = (text: string) => text.replace(/“[^”]*”/g, "");

function documentTexts(document: ParsedDocument): string[] {
  return document.sections.flatMap((section) => [
    ...(section.caption ? [section.caption.text] : []),
    ...section.paragraphs.map((paragraph) => paragraph.text),
    ...(section.headline ? [section.headline.text] : []),
  ]);
}

const MIN_CHOICES = 2;

const MAX_BLANK_WORDS = 8;
const DATELINE = /\b[A-Z]{3,}[A-Z .'’-]*,\s+(?:[A-Z][\p{L} .'’-]+,\s+)?[A-Z][a-z]+\.?\s+\d{1,2}(?:\s+\([^)]*\))?\s*(?:--|–|—)/u;
const fuzzyKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/\s*\([^)]*\)$/, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");

/** Two choices name the same thing: one inside the other, or spelt a letter or two apart. */
function sameThing(a: string, b: string): boolean {
  const x = fuzzyKey(a);
  const y = fuzzyKey(b);
  if (x.length < 3 || y.length < 3) return x === y;
  if (/\d/.test(x) || /\d/.test(y)) return x === y; // dates and numbers differ by a digit on purpose
  if (x.includes(y) || y.includes(x)) return true;
  // Two characters apart in Chinese are another word (与沙特… / 与巴林…), not a misspelling.
  if (/\p{Script=Han}/u.test(x + y)) return false;
  if (Math.abs(x.length - y.length) > 2 || x.length < 8) return false;
  let differences = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; i++, j++) if (x[i] !== y[j]) differences++;
  return differences <= 2;
}

/** Violations a single question shows whatever the document: its shape and its choices. */
function shapeViolations(question: Question, captions: Set<string>, dateConfirmed: boolean): string[] {
  const problems: string[] = [];
  const wrong = question.choices.filter((choice) => choice !== question.answer);
  // No choices at all: asked typed, which only a kind a learner can type may be.
  if (question.choices.length === 0 && !KIND_TRAITS[question.kind].typeable && !KIND_TRAITS[question.kind].recalled)
    problems.push("no choices, and not typeable");
  if (question.choices.length > 0 && wrong.length === 0) problems.push("a single choice");
  for (const choice of wrong) if (sameThing(choice, question.answer)) problems.push(`wrong choice "${choice}" is a variant of the answer`);
  if (question.kind === "place") {
    const city = countryOfCapital(question.answer);
    for (const choice of question.choices) {
      if (countryOf(choice)) problems.push(`place choice "${choice}" is a country, not a city`);
      if (city && countryOf(choice)?.name === city.name) problems.push(`city beside its country "${choice}"`);
    }
  }
  if (question.prompt.en.includes("____") && question.answer.split(/\s+/).length > MAX_BLANK_WORDS) problems.push("blank covers a whole clause");
  if (
    [...captions].some((caption) => caption.includes(question.source)) &&
    ((question.kind === "date" && !dateConfirmed) || question.kind === "place" || question.kind === "participant")
  ) {
    problems.push("fact read from a photo caption");
  }
  if (DATELINE.test(question.prompt.en)) problems.push("prompt carries a dateline");
  if (question.kind === "label") {
    const stem = (label: string) => label.replace(/[\d０-９一二三四五六七八九十]+$/u, "");
    if (wrong.some((choice) => /\p{Script=Han}/u.test(choice) && stem(choice) === stem(question.answer))) problems.push("labels told apart only by a number");
  }
  return problems;
}

function questionViolations(question: Question, texts: string[], participants: Set<string>): string[] {
  const problems: string[] = [];
  const { answer, source, choices, prompt } = question;
  // An occasion is named by the report around the sentence, not by the sentence itself; a
  // speaker asked by full name may be named there by a short form ("Li said …").
  const named = question.kind === "quote" ? [answer, ...question.accept] : [answer];
  if (question.kind !== "occasion" && !named.some((form) => fold(source).includes(fold(form)))) problems.push("answer is not in the source sentence");
  if (!texts.some((text) => text.includes(source))) problems.push("source is not verbatim from the document");
  for (const form of givenAway(prompt, answer, question.accept)) problems.push(`prompt gives away "${form}"`);
  const typed = choices.length === 0;
  if (!typed && !choices.includes(answer)) problems.push("choices lack the answer");
  if (new Set(choices.map(fold)).size !== choices.length) problems.push("duplicate choices");
  if (!typed && (choices.length < MIN_CHOICES || choices.length > MAX_CHOICES)) problems.push(`${choices.length} choices`);
  if (!question.accept.includes(answer)) problems.push("accept lacks the answer");
  if (!CJK.test(prompt.zh)) problems.push("Chinese prompt has no Chinese");
  if (EN_DATE.test(unquoted(prompt.zh))) problems.push("Chinese prompt writes a date in English");
  for (const wrong of choices.filter((choice) => choice !== answer)) {
    // A wrong choice found in the source sentence could well be right.
    if (mentionsWord(source, wrong)) problems.push(`wrong choice "${wrong}" is in the source`);
    if (question.kind === "participant" && participants.has(wrong)) problems.push(`wrong choice "${wrong}" took part`);
  }
  return problems.map((problem) => `${question.id}: ${problem}`);
}

/** Quotes whose words name the speaker's own country ("Norway cherishes …" → the Norwegian minister). */
function quoteViolations(question: Question, countries: Map<string, string>): string[] {
  if (question.kind !== "quote") return [];
  const quoted = /“([^”]*)”/.exec(question.prompt.en)?.[1] ?? "";
  const country = countries.get(question.answer);
  return country && countriesIn(quoted).has(country) ? [`quote names its speaker's side (${country})`] : [];
}

export function checkBank(bank: QuestionBank, document: ParsedDocument): string[] {
  const problems: string[] = [];
  const captions = new Set(document.sections.flatMap((section) => (section.caption ? [section.caption.text] : [])));
  const analysis = analyseDocument(document);
  const countries = new Map<string, string>();
  for (const [person, country] of peopleCountries(analysis)) {
    countries.set(person.name, country);
    for (const alias of analysis.aliases.get(person) ?? []) countries.set(alias, country);
  }
  const ids = new Set<string>();
  const prompts = new Map<string, Question[]>();
  const texts = documentTexts(document);
  for (const question of bank.questions) {
    if (ids.has(question.id)) problems.push(`${question.id}: duplicate id`);
    ids.add(question.id);
    const ask = `${question.kind}|${fold(question.prompt.en)}`;
    // One prompt twice is ambiguous when either answer could be chosen in the other
    // ("Which of these was one of the points listed …?" asked per point is not: no point is
    // ever another point's wrong choice).
    const before = prompts.get(ask) ?? [];
    if (before.some((other) => other.answer === question.answer || other.choices.includes(question.answer) || question.choices.includes(other.answer))) {
      problems.push(`${question.id}: asked twice`);
    }
    prompts.set(ask, [...before, question]);
    const facts = bank.sections.find((section) => section.id === question.section);
    if (!facts) problems.push(`${question.id}: unknown section`);
    // Term questions answer in Chinese or pinyin, not with a span of the source: their own rules.
    if (question.kind === "term") {
      problems.push(...termProblems(question).map((problem) => `${question.id}: ${problem}`));
      continue;
    }
    const participants = new Set(facts?.participants.map((participant) => participant.name) ?? []);
    problems.push(...questionViolations(question, texts, participants));
    // A caption's date the report's own text gives too is a fact of the event (build-question-bank.ts).
    const section = document.sections.find((candidate) => candidate.id === question.section);
    const dateConfirmed = section?.date != null && reportDate(section, document.published) === section.date;
    problems.push(
      ...[...shapeViolations(question, captions, dateConfirmed), ...quoteViolations(question, countries)].map((problem) => `${question.id}: ${problem}`),
    );
  }
  return problems;
}
