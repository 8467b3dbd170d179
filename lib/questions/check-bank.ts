import type { ParsedDocument } from "../content/types";
import { givenAway, mentionsWord } from "./giveaway";
import type { Question, QuestionBank } from "./types";

// The quality rules of issue 3 as one function, so tests (and authors previewing a new
// document) can check any bank: it returns every violation found, empty when all hold.

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

/** Agreements are asked even when nothing else was pledged to offer as a wrong choice: typed only. */
function minChoices(question: Question): number {
  return question.kind === "agreement" ? 1 : 2;
}

function questionViolations(question: Question, texts: string[], participants: Set<string>): string[] {
  const problems: string[] = [];
  const { answer, source, choices, prompt } = question;
  if (!fold(source).includes(fold(answer))) problems.push("answer is not in the source sentence");
  if (!texts.some((text) => text.includes(source))) problems.push("source is not verbatim from the document");
  for (const form of givenAway(prompt, answer, question.accept)) problems.push(`prompt gives away "${form}"`);
  if (!choices.includes(answer)) problems.push("choices lack the answer");
  if (new Set(choices.map(fold)).size !== choices.length) problems.push("duplicate choices");
  if (choices.length < minChoices(question) || choices.length > MAX_CHOICES) problems.push(`${choices.length} choices`);
  if (!question.accept.includes(answer)) problems.push("accept lacks the answer");
  if (!CJK.test(prompt.zh)) problems.push("Chinese prompt has no Chinese");
  if (EN_DATE.test(unquoted(prompt.zh))) problems.push("Chinese prompt writes a date in English");
  for (const wrong of choices.filter((choice) => choice !== answer)) {
    // A wrong choice found in the source sentence could well be right; roles are exempt
    // because a sentence often gives several people's titles side by side.
    if (question.kind !== "role" && mentionsWord(source, wrong)) problems.push(`wrong choice "${wrong}" is in the source`);
    if (question.kind === "participant" && participants.has(wrong)) problems.push(`wrong choice "${wrong}" took part`);
  }
  return problems.map((problem) => `${question.id}: ${problem}`);
}

export function checkBank(bank: QuestionBank, document: ParsedDocument): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const prompts = new Set<string>();
  const texts = documentTexts(document);
  for (const question of bank.questions) {
    if (ids.has(question.id)) problems.push(`${question.id}: duplicate id`);
    ids.add(question.id);
    const ask = `${question.kind}|${fold(question.prompt.en)}`;
    if (prompts.has(ask)) problems.push(`${question.id}: asked twice`);
    prompts.add(ask);
    const facts = bank.sections.find((section) => section.id === question.section);
    if (!facts) problems.push(`${question.id}: unknown section`);
    const participants = new Set(facts?.participants.map((participant) => participant.name) ?? []);
    problems.push(...questionViolations(question, texts, participants));
  }
  for (const section of bank.sections) {
    if (!bank.questions.some((question) => question.section === section.id)) problems.push(`${section.id}: no questions`);
  }
  return problems;
}
