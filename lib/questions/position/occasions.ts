import type { DocumentAnalysis } from "../analysis";
import { ENCOUNTERS, distinctEncounters, documentVisitor, eventContext } from "../event-context";
import { countriesIn } from "../parties";
import { sectionParties } from "../positions";

// The occasions of a visit (each meeting, talks, ceremony), named as a question's context
// names them ("talks with Bilawal Bhutto Zardari"), with who took part and what was said
// there: the choices of "On which occasion did … say …?".

export type Occasion = {
  /** "talks with Bilawal Bhutto Zardari": never a date, so a choice does not say when. */
  name: string;
  sections: string[];
  /** The people met, the visitor left out. */
  counterparts: Set<string>;
  /** The countries of everyone who took part. */
  parties: Set<string>;
  /** Every sentence said there. */
  sentences: string[];
};

const memo = new WeakMap<DocumentAnalysis, Occasion[]>();
/** Verbs that name no occasion of their own: an agreement reached, an arrival, a greeting. */
const QUIET = new Set(["agree", "arrive", "greet"]);

/**
 * A section reporting one encounter with known counterparts is an occasion; two sections
 * naming it alike ("talks with Xi Jinping" reported twice) are one. A section reporting
 * several encounters is left out: which of them a sentence belongs to is not sure.
 */
export function documentOccasions(document: DocumentAnalysis): Occasion[] {
  const known = memo.get(document);
  if (known) return known;
  const visitor = documentVisitor(document);
  const occasions: Occasion[] = [];
  for (const analysis of document.sections) {
    if (distinctEncounters(analysis).length > 1) continue;
    // A meeting and a speech in one section ("Wen met Piñera … In his speech at ECLAC, Wen
    // said …"): which of them a sentence was said at is not sure.
    const verbs = new Set(analysis.frames.map((frame) => frame.verb).filter((verb) => !QUIET.has(verb)));
    if ([...verbs].some((verb) => ENCOUNTERS.has(verb)) && [...verbs].some((verb) => !ENCOUNTERS.has(verb))) continue;
    const context = eventContext(analysis, document);
    const counterparts = analysis.participants.map((participant) => participant.name).filter((name) => name !== visitor);
    if (!context || !visitor || counterparts.length === 0) continue;
    const sentences = analysis.sentences.map((sentence) => sentence.text);
    // Titles miss some ("Youssouf, Djibouti's foreign minister"); the headline names the country.
    const parties = [...sectionParties(analysis, document), ...countriesIn(analysis.section.title ?? "")];
    const same = occasions.find((occasion) => occasion.name === context.en);
    if (same) {
      same.sections.push(analysis.section.id);
      counterparts.forEach((name) => same.counterparts.add(name));
      parties.forEach((party) => same.parties.add(party));
      same.sentences.push(...sentences);
    } else {
      occasions.push({
        name: context.en,
        sections: [analysis.section.id],
        counterparts: new Set(counterparts),
        parties: new Set(parties),
        sentences,
      });
    }
  }
  memo.set(document, occasions);
  return occasions;
}
