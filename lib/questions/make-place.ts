import type { DocumentAnalysis, SectionAnalysis } from "./analysis";
import { describeEvent, mainFrame } from "./describe-event";
import type { QuestionDraft } from "./draft";
import { blanked, dateEn, dateZh } from "./render";
import { INSTITUTION_WORDS, NOT_NAME_WORDS, OFFICE_HEADS } from "./title-words";

// Place questions: where the section's event happened. Wrong choices are other places
// the document names after "in", "to", "from" or "visit"; a place that contains the
// answer ("Pakistan" for "Islamabad, Pakistan") would also be right, so it is left out.

const PLACE = /\b(?:in|to|from|visit|visited|visiting)\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:,\s+\p{Lu}[\p{L}-]+)?)/gu;

function isPlaceLike(text: string, people: Set<string>): boolean {
  const words = text.replace(/,/g, "").split(/\s+/);
  const plain = (word: string) => {
    const lower = word.toLowerCase();
    return !NOT_NAME_WORDS.has(lower) && !INSTITUTION_WORDS.has(lower) && !OFFICE_HEADS.has(lower) && !/-\p{Ll}/u.test(word);
  };
  return words.every(plain) &&
    ![...people].some((name) => name.includes(words[0]!)) && !/['’]s$/.test(text) && !/^\p{Lu}{2,}$/u.test(words[0]!);
}

/** Places named anywhere in the document, each once. */
export function placePool(document: DocumentAnalysis): string[] {
  const people = new Set(document.people.map((person) => person.name));
  const places = new Set<string>();
  for (const { section } of document.sections) if (section.place) places.add(section.place);
  for (const analysis of document.sections) {
    for (const { text } of analysis.sentences) {
      for (const match of text.matchAll(PLACE)) {
        const place = match[1]!.replace(/['’]s$/, "");
        if (isPlaceLike(place, people)) places.add(place);
      }
    }
  }
  return [...places];
}

/**
 * Places that would also be right: the answer's own parts, and every place the text puts
 * around it ("Islamabad, Pakistan" tells that the event in Islamabad was also in Pakistan).
 */
function overlapping(answer: string, pool: string[]): string[] {
  const parts = new Set(answer.split(/,\s+/));
  for (const place of pool) {
    const its = place.split(/,\s+/);
    if (its.some((part) => parts.has(part))) its.forEach((part) => parts.add(part));
  }
  return pool.filter((place) => place.split(/,\s+/).some((part) => parts.has(part)));
}

function namedIn(place: string, analysis: SectionAnalysis): boolean {
  const pattern = new RegExp(`(?<![\\p{L}])${place.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u");
  return analysis.sentences.some((sentence) => pattern.test(sentence.text)) || pattern.test(analysis.section.title ?? "");
}

export function placeQuestions(analysis: SectionAnalysis, pool: string[]): QuestionDraft[] {
  const { section } = analysis;
  const frame = mainFrame(analysis);
  const words = frame ? describeEvent(frame) : null;
  if (!section.place) return [];
  const place = section.place;
  const first = words ? [{ text: words.frame.sentence, line: words.frame.line }] : [];
  const source = [...first, ...analysis.sentences].find((sentence) => sentence.text.toLowerCase().includes(place.toLowerCase()));
  if (!source) return [];
  const when = section.date ? ` on ${dateEn(section.date)}` : "";
  const whenZh = section.date ? `${dateZh(section.date)}，` : "";
  // No event to describe: ask for the place in its own sentence instead.
  const cloze = blanked(source.text, place);
  return [{
    section: section.id,
    kind: "place",
    prompt: words
      ? { en: `Where ${words.en}${when}?`, zh: `${whenZh}${words.zh}是在哪里？` }
      : { en: `Fill in the place: “${cloze}”`, zh: `请填写句中空缺的地点：“${cloze}”` },
    answer: place,
    accept: [...new Set([place, place.split(/,\s+/)[0]!])],
    source: source.text,
    sourceLine: source.line,
    pool: pool.filter((candidate) => !candidate.includes(",")),
    // Any place the section itself names might contain the venue ("New Zealand" for
    // Wellington): never offered as wrong. Fewer choices beat a wrong "wrong" choice.
    alsoCorrect: [...overlapping(place, pool), ...pool.filter((other) => namedIn(other, analysis))],
  }];
}
