import type { DocumentAnalysis, SectionAnalysis } from "./analysis";
import { describeEvent, mainFrame } from "./describe-event";
import type { QuestionDraft } from "./draft";
import { blanked, dateEn, dateZh } from "./render";
import { COUNTRIES, countryOfCapital } from "../content/gazetteer";

// Place questions: where the section's event happened. Wrong choices are other places
// the document names after "in", "to", "from" or "visit"; a place that contains the
// answer ("Pakistan" for "Islamabad, Pakistan") would also be right, so it is left out.

function namedIn(place: string, analysis: SectionAnalysis): boolean {
  const pattern = new RegExp(`(?<![\\p{L}])${place.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u");
  return analysis.sentences.some((sentence) => pattern.test(sentence.text)) || pattern.test(analysis.section.title ?? "");
}

/** The city of a place ("Islamabad" of "Islamabad, Pakistan"). */
const cityOf = (place: string) => place.split(/,\s+/)[0]!;

/**
 * Wrong choices for a city: the visit's other cities, then capitals of the same region
 * (never a country, never a place the section names). Only asked when the visit moved
 * between cities: where every event was in one city, the question teaches nothing.
 */
export function cityPool(document: DocumentAnalysis): string[] {
  const cities = [...new Set(document.sections.map(({ section }) => section.place).filter((place): place is string => place !== null).map(cityOf))];
  if (cities.length < 2) return [];
  const regions = new Set(cities.map((city) => countryOfCapital(city)?.subregion).filter(Boolean));
  const capitals = COUNTRIES.filter((country) => regions.has(country.subregion)).flatMap((country) => country.capitals);
  return [...cities, ...capitals];
}

export function placeQuestions(analysis: SectionAnalysis, pool: string[]): QuestionDraft[] {
  const { section } = analysis;
  const frame = mainFrame(analysis);
  const words = frame ? describeEvent(frame) : null;
  if (!section.place || pool.length === 0) return [];
  const place = cityOf(section.place);
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
    accept: [place],
    source: source.text,
    sourceLine: source.line,
    pool,
    // Any place the section itself names might be the venue: never offered as wrong.
    alsoCorrect: pool.filter((other) => namedIn(other, analysis)),
    score: 0.8,
  }];
}
