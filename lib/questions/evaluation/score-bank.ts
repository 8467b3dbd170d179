import type { QuestionBank } from "../types";
import type { GoldDocument } from "./gold";
import { foldAccents } from "../../text/fold-accents";

// A generated bank scored against a document's gold facts: extraction (participants,
// dates, places), coverage of the positions, and how often the visitor is the answer.
// Pure, so the corpus test and the evaluation script report the same figures.

export type BankScore = {
  participants: { found: number; total: number; missed: string[] };
  dates: { right: number; total: number; wrong: string[] };
  places: { right: number; total: number; wrong: string[] };
  positions: { tested: number; total: number; untested: string[] };
  visitor: { answers: number; asked: number };
};

const fold = (text: string) => foldAccents(text).toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();

/** One name is the other, or a shorter form of it ("Demeke Mekonnen" / "Demeke Mekonnen Hassen"). */
export function sameName(a: string, b: string): boolean {
  // "Mohamed Morsy" and "Mohamed Morsi": one name, spelt both ways by the same text.
  const words = (name: string) => fold(name).replace(/y/g, "i").split(" ");
  const x = words(a);
  const y = words(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((word) => long.includes(word));
}

function samePlace(found: string | null, gold: string | null): boolean {
  if (gold === null) return true;
  if (found === null) return false;
  const first = (place: string) => fold(place.split(",")[0]!);
  return first(found) === first(gold);
}

export function scoreBank(bank: QuestionBank, gold: GoldDocument): BankScore {
  const score: BankScore = {
    participants: { found: 0, total: 0, missed: [] },
    dates: { right: 0, total: 0, wrong: [] },
    places: { right: 0, total: 0, wrong: [] },
    positions: { tested: 0, total: 0, untested: [] },
    visitor: { answers: 0, asked: 0 },
  };
  // A term question tests a word of the sentence, not what the sentence commits to.
  const sources = bank.questions.filter((question) => question.kind !== "term").map((question) => fold(question.source));
  for (const section of gold.sections) {
    // Sections are matched by headline, so a parser that splits a section differently is
    // scored on the sections it does share; by position for a section without one.
    const facts = section.headline
      ? (bank.sections.find((found) => found.title !== null && fold(found.title) === fold(section.headline!)) ?? bank.sections[section.index])
      : bank.sections[section.index];
    const label = `[${section.index}]`;
    for (const participant of section.participants) {
      score.participants.total++;
      if (facts?.participants.some((found) => sameName(found.name, participant.name))) score.participants.found++;
      else score.participants.missed.push(`${label} ${participant.name}`);
    }
    if (section.date) {
      score.dates.total++;
      if (facts?.date === section.date) score.dates.right++;
      else score.dates.wrong.push(`${label} ${facts?.date ?? "none"} for ${section.date}`);
    }
    if (section.place) {
      score.places.total++;
      if (samePlace(facts?.place ?? null, section.place)) score.places.right++;
      else score.places.wrong.push(`${label} ${facts?.place ?? "none"} for ${section.place}`);
    }
    for (const position of section.positions) {
      score.positions.total++;
      const text = fold(position.text);
      // Tested when a question was made from that sentence (or from a sentence inside it).
      if (sources.some((source) => source.length > 20 && (text.includes(source) || source.includes(text)))) score.positions.tested++;
      else score.positions.untested.push(`${label} ${position.holder}: ${position.text.slice(0, 90)}`);
    }
  }
  for (const question of bank.questions) {
    if (question.kind !== "participant" && question.kind !== "quote") continue;
    score.visitor.asked++;
    if (sameName(question.answer, gold.visitor) || fold(gold.visitor).split(" ").includes(fold(question.answer))) score.visitor.answers++;
  }
  return score;
}
