import { pickChoices } from "./choices";
import type { QuestionDraft } from "./draft";
import { givenAway, mentionsWord } from "./giveaway";
import { fnv1a, mulberry32, stableHash } from "../random";
import type { Question } from "./types";

// Drafts become questions: a stable id from the section, kind, prompt, answer and source
// (never from a position, so adding a question elsewhere leaves every other id alone),
// seeded choices, and one question per distinct ask.

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

export function assemble(drafts: QuestionDraft[], seed: number): Question[] {
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
    const random = mulberry32((seed ^ fnv1a(`${draft.section}|${ask}`)) >>> 0);
    // A wrong choice the source sentence itself names could well be right (roles excepted:
    // a sentence often gives several people's titles side by side).
    const inSource = draft.kind === "role" ? undefined : (candidate: string) => mentionsWord(draft.source, candidate);
    const choices = pickChoices(draft.answer, draft.pool, draft.alsoCorrect, random, 3, inSource);
    // A choice question needs at least one wrong choice; never pad with made-up ones. An
    // agreement is the one fact worth asking anyway: with its answer alone it is asked typed.
    if (choices.length < 2 && draft.kind !== "agreement") continue;
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
    });
  }
  return questions;
}

function askKey(draft: QuestionDraft): string {
  return `${draft.kind}|${normalise(draft.asks ?? draft.prompt.en)}`;
}
