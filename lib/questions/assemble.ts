import { pickChoices } from "./choices";
import type { QuestionDraft } from "./draft";
import { chineseGivenAway, givenAway, mentionsWord } from "./giveaway";
import { fnv1a, mulberry32, stableHash } from "../random";
import type { Question } from "./types";
import { sameStatement } from "./position/position-index";

// Drafts become questions: a stable id from the section, kind, prompt, answer and source
// (never from a position, so adding a question elsewhere leaves every other id alone),
// seeded choices, and one question per distinct ask.

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Below this a question is not worth a learner's time (see each maker's score). */
export const MIN_SCORE = 0.6;
const DEFAULT_SCORE = 0.7;
/** At most this share of "who" questions (participants, quotes) may have the visitor for answer. */
const MAX_VISITOR_SHARE = 0.3;
/** The same date asked for more events than this teaches nothing new. */
const MAX_SAME_DATE = 2;

export function assemble(drafts: QuestionDraft[], seed: number, visitor: string | null = null): Question[] {
  return balance(
    build(
      drafts.filter((draft) => (draft.score ?? DEFAULT_SCORE) >= MIN_SCORE),
      seed,
    ),
    visitor,
  );
}

/**
 * Keeps the bank from leaning on one answer: the visitor answers at most 30 % of the "who"
 * questions (the lowest-scored of theirs go first), and one date is asked at most twice.
 */
function balance(questions: Question[], visitor: string | null): Question[] {
  const dropped = new Set<Question>();
  // One fact once: the same answer asked twice in a section ("75th anniversary" as a number
  // and as a blank) keeps the better-scored question. People are exempt: a person is asked
  // about in different ways (who met, who said) on purpose.
  const byFact = new Map<string, Question>();
  for (const question of questions) {
    if (question.kind === "participant" || question.kind === "quote" || question.kind === "date") continue;
    // A number ("75th") is one fact wherever it recurs: an anniversary is asked once a document.
    // "75" and "75th" are one fact too.
    const answer = question.kind === "number" ? question.answer.toLowerCase().replace(/(\d)(?:st|nd|rd|th)\b/, "$1") : question.answer.toLowerCase();
    const fact = `${question.kind === "number" ? "" : question.section}|${answer}`;
    const kept = byFact.get(fact);
    if (!kept) byFact.set(fact, question);
    else if (question.score > kept.score) {
      dropped.add(kept);
      byFact.set(fact, question);
    } else dropped.add(question);
  }
  // The same blank in two outlets' copies of one statement (two sections of one meeting) is one question.
  const blanks = questions.filter((question) => question.kind === "agreement" && !dropped.has(question));
  for (const [i, question] of blanks.entries()) {
    const twin = blanks.slice(0, i).find((kept) => !dropped.has(kept) && kept.answer === question.answer && sameStatement(kept.source, question.source));
    if (twin) dropped.add(question);
  }
  const dates = new Map<string, number>();
  for (const question of questions) {
    if (question.kind !== "date") continue;
    const seen = (dates.get(question.answer) ?? 0) + 1;
    dates.set(question.answer, seen);
    if (seen > MAX_SAME_DATE) dropped.add(question);
  }
  // Every event on one day: the second "when?" asks the same thing again.
  if (dates.size === 1) {
    for (const question of questions.filter((candidate) => candidate.kind === "date").slice(1)) dropped.add(question);
  }
  // One blank a sentence: two clozes of one sentence answer each other. (A blank another
  // question prints elsewhere is kept apart from it when a session is drawn: printsAnswerOf.)
  const bySource = new Map<string, Question>();
  for (const question of questions) {
    if (question.kind !== "agreement" && question.kind !== "number") continue;
    if (dropped.has(question)) continue;
    // Two blanks of one sentence may stay when neither prompt prints the other's answer
    // (an agreement asked point by point).
    const kept = bySource.get(question.source);
    if (!kept) bySource.set(question.source, question);
    else if (mentionsWord(kept.prompt.en, question.answer) || mentionsWord(question.prompt.en, kept.answer)) {
      dropped.add(question.score > kept.score ? (bySource.set(question.source, question), kept) : question);
    }
  }
  if (visitor) {
    const who = questions.filter((question) => question.kind === "participant" || question.kind === "quote");
    const isVisitor = (question: Question) => question.accept.includes(visitor) || question.answer === visitor;
    const theirs = who.filter(isVisitor).sort((a, b) => a.score - b.score);
    let count = theirs.length;
    for (const question of theirs) {
      if (count <= MAX_VISITOR_SHARE * (who.length - (theirs.length - count))) break;
      dropped.add(question);
      count--;
    }
  }
  return questions.filter((question) => !dropped.has(question));
}

function build(drafts: QuestionDraft[], seed: number): Question[] {
  // The same prompt with two different answers (Qin met two people on the same day in the
  // same city) is ambiguous: drop it everywhere. The same prompt and answer is a repeat.
  const answersByAsk = new Map<string, Set<string>>();
  for (const draft of drafts) {
    const ask = askKey(draft);
    answersByAsk.set(ask, (answersByAsk.get(ask) ?? new Set()).add(draft.answer));
  }
  const asked = new Set<string>();
  const ids = new Set<string>();
  const questions: Question[] = [];
  for (const draft of drafts) {
    const ask = askKey(draft);
    if (asked.has(ask) || answersByAsk.get(ask)!.size > 1) continue;
    // A prompt that names its own answer (an event called "China-Afghanistan-Pakistan …"
    // when the answer is "Afghanistan") asks nothing.
    if (givenAway(draft.prompt, draft.answer, draft.accept).length > 0) continue;
    if (draft.kind !== "term" && chineseGivenAway(draft.prompt.zh, draft.answer)) continue;
    const random = mulberry32((seed ^ fnv1a(`${draft.section}|${ask}`)) >>> 0);
    // A wrong choice the source sentence itself names could well be right.
    const inSource = (candidate: string) => mentionsWord(draft.source, candidate);
    const picked = pickChoices(draft.answer, draft.pool, draft.alsoCorrect, random, 3, inSource);
    // A choice question needs wrong choices; never pad with made-up ones. Two choices are a
    // coin toss: three at least, or none (typed) where only the answer could be typed.
    if (picked.length < 3 && !draft.typedAlone) continue;
    const choices = picked.length < 3 ? [] : picked;
    asked.add(ask);
    let id = `${draft.section}:${draft.kind}:${stableHash(`${draft.prompt.en}|${draft.answer}|${draft.source}`)}`;
    for (let n = 2; ids.has(id); n++) id = `${id}-${n}`;
    ids.add(id);
    questions.push({
      id,
      section: draft.section,
      kind: draft.kind,
      prompt: draft.prompt,
      choices,
      answer: draft.answer,
      accept: [...new Set(draft.accept)],
      source: draft.source,
      sourceLine: draft.sourceLine,
      score: draft.score ?? DEFAULT_SCORE,
    });
  }
  return questions;
}

function askKey(draft: QuestionDraft): string {
  return `${draft.kind}|${normalise(draft.asks ?? draft.prompt.en)}`;
}
