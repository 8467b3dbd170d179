import type { DocumentAnalysis, SectionAnalysis } from "./analysis";
import { describeEvent, mainFrame } from "./describe-event";
import type { QuestionDraft } from "./draft";
import { documentVisitor } from "./event-context";
import { peopleCountries } from "./positions";
import { dateEn, dateZh } from "./render";
import { countryOfCapital } from "../content/gazetteer";
import { countriesIn } from "./parties";

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
 * Wrong choices for a city: the visit's other cities, so that the learner must remember
 * where each event was (a capital of another region, or one of another country, is ruled
 * out without knowing anything). Asked only when the visit took in three cities or more.
 */
export function cityPool(document: DocumentAnalysis): string[] {
  const cities = [
    ...new Set(
      document.sections
        .map(({ section }) => section.place)
        .filter((place): place is string => place !== null)
        .map(cityOf),
    ),
  ];
  return cities.length >= MIN_CITIES ? cities : [];
}

const MIN_CITIES = 3;

export function placeQuestions(analysis: SectionAnalysis, pool: string[], document: DocumentAnalysis): QuestionDraft[] {
  const { section } = analysis;
  const frame = mainFrame(analysis);
  const words = frame ? describeEvent(frame, "", section.labelZh) : null;
  // Only an event described in words is asked: a cloze of "in ____, Kazakhstan" names its country.
  if (!section.place || pool.length === 0 || !words) return [];
  const place = cityOf(section.place);
  // Putin met him in Moscow: a capital of a country whose leader the prompt names answers itself.
  const capitalOf = countryOfCapital(place)?.name;
  const countries = peopleCountries(document);
  const named = words.frame.subjects.concat(words.frame.objects);
  if (capitalOf && named.some((person) => countries.get(person) === capitalOf)) return [];
  // The Dutch king was met in a Dutch city: wrong choices are cities where people of the same
  // country were met, or the prompt's counterpart points to the answer.
  const visitor = documentVisitor(document);
  const sidesOf = (people: { name: string }[]) =>
    new Set(people.filter((person) => person.name !== visitor).map((person) => countries.get(document.people.find((p) => p.name === person.name)!) ?? "?"));
  const here = sidesOf(named);
  const fair =
    here.size === 0
      ? pool
      : pool.filter(
          (city) =>
            city === place ||
            document.sections.some(
              (other) =>
                other.section.place !== null &&
                cityOf(other.section.place) === city &&
                // A side not known ("?") matches nothing: the Dutch king's side is not the Portuguese president's.
                [...sidesOf(other.participants)].some((side) => side !== "?" && here.has(side)),
            ),
        );
  // "Where did Wang Yi co-chair the China-Indonesia High-level Dialogue?" among the tour's
  // other capitals: the country the event's name gives points to its one city.
  const visitorCountry = visitor ? countries.get(document.people.find((person) => person.name === visitor)!) : undefined;
  const pointed = [...countriesIn(words.en.replace(/-/g, " "))].filter((country) => country !== visitorCountry && country !== "China");
  if (here.size === 0 && pointed.length > 0) return [];
  if (fair.length < 3) return [];
  const source = [{ text: words.frame.sentence, line: words.frame.line }, ...analysis.sentences].find((sentence) =>
    sentence.text.toLowerCase().includes(place.toLowerCase()),
  );
  if (!source) return [];
  const when = analysis.day ? ` on ${dateEn(analysis.day)}` : "";
  const whenZh = analysis.day ? `${dateZh(analysis.day)}，` : "";
  return [
    {
      section: section.id,
      kind: "place",
      prompt: { en: `Where ${words.en}${when}?`, zh: `${whenZh}${words.zh}是在哪里？` },
      answer: place,
      accept: [place],
      source: source.text,
      sourceLine: source.line,
      pool: fair,
      // Any place the section itself names might be the venue: never offered as wrong.
      alsoCorrect: fair.filter((other) => namedIn(other, analysis)),
      score: 0.8,
    },
  ];
}
