import type { DocumentAnalysis, SectionAnalysis } from "./analysis";
import { type Holder, countryHolder, jointHolder, leadingParty, personCountry } from "./parties";
import type { Person } from "./people";
import type { Sentence } from "./sentences";

// Positions: what a party agreed, pledged, supports, opposes, calls for or says should be
// done, with the party that holds it. Read from the sentence's own words ("The two sides
// agreed to …", "Pakistan firmly supports …", "Qin Gang said that China is ready to …",
// "Second, both sides should …"), never from where the sentence stands.

export type Stance = "agree" | "pledge" | "support" | "oppose" | "call" | "should" | "hope";

export type Position = {
  sentence: Sentence;
  holder: Holder;
  stance: Stance;
  /** Offset in the sentence where what is held starts (after "agreed to", "opposes"). */
  contentStart: number;
  content: string;
  /** Verb phrases ("strengthen …") or noun phrases ("any attempt to contain China"). */
  form: "verb" | "noun";
};

const ADVERBS = "(?:(?:also|always|firmly|resolutely|strongly|fully|further|jointly|actively|still|both|all|hereby|once again|again|each|as always,?)\\s+)*";
const STANCES: { stance: Stance; form: Position["form"]; pattern: RegExp }[] = [
  { stance: "agree", form: "verb", pattern: new RegExp(`^\\s*${ADVERBS}(?:have\\s+|has\\s+)?(?:agreed|agree|agrees|decided|decide)\\s+to\\s+`) },
  { stance: "pledge", form: "verb", pattern: new RegExp(`^\\s*${ADVERBS}(?:pledged|pledges|vowed|vows|promised|promises)\\s+to\\s+`) },
  {
    stance: "pledge",
    form: "verb",
    pattern: new RegExp(`^\\s*${ADVERBS}(?:is|are|stands?|stood|remains?|was|were)\\s+${ADVERBS}(?:ready|willing|determined|prepared)\\s+to\\s+`),
  },
  { stance: "pledge", form: "noun", pattern: new RegExp(`^\\s*${ADVERBS}(?:is|are|remains?|was|were|has\\s+been|have\\s+been)\\s+${ADVERBS}committed\\s+to\\s+`) },
  {
    stance: "pledge",
    form: "verb",
    pattern: new RegExp(`^\\s*(?:will|would)\\s+${ADVERBS}(?:(?:never|not)\\s+|continue\\s+to\\s+|work\\s+to\\s+)?${ADVERBS}(?=[a-z])`),
  },
  { stance: "pledge", form: "verb", pattern: new RegExp(`^\\s*${ADVERBS}(?:does|do|did)\\s+not\\s+(?=[a-z])`) },
  { stance: "should", form: "verb", pattern: new RegExp(`^\\s*${ADVERBS}(?:should|must|needs?\\s+to|have\\s+to|has\\s+to)\\s+${ADVERBS}(?=[a-z])`) },
  {
    stance: "oppose",
    form: "noun",
    pattern: new RegExp(`^\\s*${ADVERBS}(?:(?:opposed|opposes|oppose|rejected|rejects|reject|condemned|condemns|condemn|objected to|objects to)\\s+(?:and\\s+${ADVERBS})?)+`),
  },
  {
    stance: "support",
    form: "noun",
    pattern: new RegExp(`^\\s*${ADVERBS}(?:supported|supports|support|backs|backed|welcomed|welcomes|welcome|respects|respected|respect)\\s+`),
  },
  { stance: "call", form: "noun", pattern: new RegExp(`^\\s*${ADVERBS}(?:called|calls|call)\\s+for\\s+`) },
  { stance: "call", form: "noun", pattern: new RegExp(`^\\s*${ADVERBS}(?:urged|urges|urge|advocated|advocates|advocate|proposed|proposes|propose)\\s+`) },
  { stance: "hope", form: "noun", pattern: new RegExp(`^\\s*${ADVERBS}(?:hopes?|hoped|expects?|expected|looks?\\s+forward\\s+to|looked\\s+forward\\s+to)\\s+(?:that\\s+)?`) },
];

const ORDINAL_OPENER = /^(?:First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Fourth(?:ly)?|Fifth(?:ly)?|Sixth|Seventh|Eighth|Ninth|Tenth|Finally|Lastly|Last|In addition|Besides|Moreover|Meanwhile|Furthermore|At the same time),\s+/;
const SPEECH = "said|says|noted|notes|stressed|stresses|pointed out|points out|emphasized|emphasizes|emphasised|added|underlined|reiterated|stated|told reporters|expressed the hope|expressed hope|made clear";
const REPORTED = new RegExp(`^(.*?)\\s+(?:${SPEECH})(?:\\s+that)?\\s+(?=\\p{Lu}|it\\b|he\\b|she\\b|they\\b)`, "u");
const NOTING = /^Noting that [^,]+,\s+/;
const TRAILING_ATTRIBUTION = /,["”]?\s+(?:the\s+)?[\p{L}'’ .-]{1,60}?\s+(?:said|added|noted|stressed)\.?$/u;

type Speaker = { person: Person | null; country: string | null };

function stanceAt(text: string): { stance: Stance; form: Position["form"]; length: number } | null {
  for (const { stance, form, pattern } of STANCES) {
    const match = pattern.exec(text);
    if (match) return { stance, form, length: match[0].length };
  }
  return null;
}

/** The speaker of a reported sentence ("Qin Gang said that …"), by name or pronoun. */
function speakerOf(subject: string, analysis: SectionAnalysis, document: DocumentAnalysis, previous: Speaker | null): Speaker | null {
  if (/^(?:he|she)$/i.test(subject.trim())) return previous;
  const mention = document.find(subject)[0];
  if (mention) return { person: mention.person, country: countryOfPerson(mention.person, analysis, document) };
  const party = leadingParty(subject.trim(), sectionParties(analysis, document));
  return party ? { person: null, country: party.holder.key.startsWith("joint") ? null : party.holder.key } : null;
}

function countryOfPerson(person: Person, analysis: SectionAnalysis, document: DocumentAnalysis): string | null {
  const titles = analysis.participants.filter((p) => p.name === person.name).map((p) => p.title).filter((t): t is string => Boolean(t));
  return personCountry(person, titles) ?? personCountry(person, document.people.filter((p) => p.name === person.name).map((p) => p.title ?? ""));
}

const partiesMemo = new WeakMap<SectionAnalysis, string[]>();

/** The countries whose people take part in the section's event. */
export function sectionParties(analysis: SectionAnalysis, document: DocumentAnalysis): string[] {
  let parties = partiesMemo.get(analysis);
  if (!parties) {
    const found = new Set<string>();
    for (const participant of analysis.participants) {
      const person = document.people.find((p) => p.name === participant.name);
      const country = person ? personCountry(person, participant.title ? [participant.title] : []) : null;
      if (country) found.add(country);
    }
    parties = [...found];
    partiesMemo.set(analysis, parties);
  }
  return parties;
}

/** Every position a section states, in order. */
export function sectionPositions(analysis: SectionAnalysis, document: DocumentAnalysis): Position[] {
  const positions: Position[] = [];
  const parties = sectionParties(analysis, document);
  let speaker: Speaker | null = null;
  let lastHolder: Holder | null = null;
  for (const sentence of analysis.sentences) {
    const text = sentence.text;
    let at = 0;
    let rest = text;
    const skip = (length: number) => {
      at += length;
      rest = text.slice(at);
    };
    const ordinal = ORDINAL_OPENER.exec(rest);
    if (ordinal) skip(ordinal[0].length);
    const noting = NOTING.exec(rest);
    if (noting) skip(noting[0].length);
    let sentenceSpeaker: Speaker | null = null;
    const reported = REPORTED.exec(rest);
    if (reported && reported[1]!.split(/\s+/).length <= 8) {
      sentenceSpeaker = speakerOf(reported[1]!, analysis, document, speaker);
      if (sentenceSpeaker) skip(reported[0].length);
    }
    // "…, Qin said.": the speaker comes last.
    const trailing = TRAILING_ATTRIBUTION.exec(rest);
    if (!sentenceSpeaker && trailing) {
      const name = trailing[0].replace(/^,["”]?\s+/, "").replace(/\s+(?:said|added|noted|stressed)\.?$/, "");
      sentenceSpeaker = speakerOf(name, analysis, document, speaker);
    }
    let holder: Holder | null = null;
    const party = leadingParty(rest, parties);
    if (party) {
      holder = party.holder;
      skip(party.length);
    } else {
      const pronoun = /^(?:it|he|she|they)\b/i.exec(rest);
      const named = document.find(rest)[0];
      if (pronoun && sentenceSpeaker?.country) {
        holder = countryHolder(sentenceSpeaker.country);
        skip(pronoun[0].length);
      } else if (named && named.start === 0) {
        const country = countryOfPerson(named.person, analysis, document);
        holder = country ? countryHolder(country) : null;
        skip(named.end);
      } else if (ordinal && lastHolder) {
        holder = lastHolder;
      }
    }
    if (sentenceSpeaker) speaker = sentenceSpeaker;
    if (!holder) continue;
    const stance = stanceAt(rest);
    if (!stance) continue;
    skip(stance.length);
    // Without the two parties of a joint holder, "the two sides" means nobody in particular.
    if (holder.key.startsWith("joint") && holder.members.length === 0) holder = jointHolder(2, parties);
    const end = trailing && !party ? text.length - trailing[0].length : text.length;
    const content = text.slice(at, end).replace(/[.;:]["”]?\s*$/, "");
    if (content.split(/\s+/).length < 3) continue;
    lastHolder = holder;
    positions.push({ sentence, holder, stance: stance.stance, contentStart: at, content, form: stance.form });
  }
  return positions;
}
