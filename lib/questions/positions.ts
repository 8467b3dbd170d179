import { DATELINE_PREFIX } from "../content/event-date";
import { POINT_ORDINAL } from "../text/english-ordinals";
import type { DocumentAnalysis, SectionAnalysis } from "./analysis";
import { type Holder, countryHolder, jointHolder, leadingParty, personCountry } from "./parties";
import type { Person } from "./people";
import type { Sentence } from "./sentences";
import { type PositionForm, type Stance, participleStance, stanceAt } from "./stances";

// Positions: what a party agreed, pledged, supports, opposes, calls for or says should be
// done, with the party that holds it. Read from the sentence's own words ("The two sides
// agreed to …", "Pakistan firmly supports …", "Qin Gang said that China is ready to …",
// "Second, both sides should …"), never from where the sentence stands.

export type { Stance } from "./stances";

export type Position = {
  sentence: Sentence;
  holder: Holder;
  stance: Stance;
  /** Offset in the sentence where what is held starts (after "agreed to", "opposes"). */
  contentStart: number;
  content: string;
  /** Verb phrases ("strengthen …") or noun phrases ("any attempt to contain China"). */
  form: PositionForm;
};

// "Stressing that …, Wang said …", "Looking back on …, he said": context before the speaker.
const PARTICIPLE_OPENER =
  /^(?:[A-Z][a-z]+ing)\b[^,]{0,200},\s+(?=[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*\s+(?:said|noted|stressed|emphasized|added|pointed out)\b|(?:he|she)\s+(?:said|noted|stressed|added)\b)/u;
// "China, Li said, is ready to …": an attribution inside the sentence.
const INNER_ATTRIBUTION = /,\s+(?:said\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?(?:\s+(?:said|added|noted|stressed))?,\s+/u;
const ORDINAL_OPENER = new RegExp(`^(?:${POINT_ORDINAL}|Finally|Lastly|Last|In addition|Besides|Moreover|Meanwhile|Furthermore|At the same time),\\s+`);
const SPEECH =
  "said|says|noted|notes|stressed|stresses|pointed out|points out|emphasized|emphasizes|emphasised|added|underlined|reiterated|stated|told reporters|made clear|expressed|affirmed|reaffirmed|commented";
// "Qin Gang said that …", Xinhua's "Li Qiang said here Monday that …", "Xi told Tokayev that …".
const REPORTED = new RegExp(
  `^(.*?)\\s+(?:(?:${SPEECH})(?:\\s+(?:here|on\\s+\\w+|\\w+day))*|told\\s+[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+)*)(?:\\s+that)?,?\\s+(?=\\p{Lu}|it\\b|he\\b|she\\b|they\\b|both\\b|the\\b)`,
  "u",
);
// First person inside a quotation: “I am ready to …”, “We will …”.
const FIRST_PERSON = /^["“]?(?:I|We)\s+(?=am\b|are\b|will\b|would\b|stand\b|hope\b|support\b|oppose\b|look\b|welcome\b)/;
const NOTING = /^(?:Noting that|No matter (?:how|what)|Whatever|However) [^,]+,\s+/;
// "In the dialogue led by …, the two sides agreed …", "As major countries, China and …",
// "Congratulating China on …, the Fijian side hopes …": a frame before the party that holds.
const FRAME_OPENER =
  /^(?:(?:In|At|During|Under|As|With|Amid|Since|Given|Against)\s|[A-Z][a-z]+ing\s)[^,]{3,160},\s+(?=(?:the\s+)?(?:two|three|both|[A-Z][\p{L}-]+\s+side\b)|(?:China|[A-Z][a-z]+)\s+(?:and|is|are|will|should|must|has|have|supports?|opposes?|hopes?)\b)/u;
// "Wang, who is also a member of …, also urged …": the appositive between a name and its verb.
const APPOSITIVE = /^,\s+(?:who|which)\s[^,]{3,160},\s*/;
// "Qin Gang noted that he and Foreign Minister Bilawal … agreed to …": the two of them.
const HE_AND = /^(?:he|she) and [^,.]{3,80}?(?=\s+(?:agreed|have agreed|jointly))/i;
const TRAILING_ATTRIBUTION = /,["”]?\s+(?:the\s+)?[\p{L}'’ .-]{1,60}?\s+(?:said|added|noted|stressed)\.?$/u;

const TIME_ADVERBIAL =
  /^\s*(?:(?:here|there|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)+/;

/** A titled mention ("Chinese Premier Li Qiang") that opens `text` and ends at the name found at `start`. */
function titledAt(text: string, start: number, document: DocumentAnalysis): boolean {
  return document.titles(text).some((mention) => mention.start === 0 && mention.end >= start);
}

type Speaker = { person: Person | null; country: string | null };

/** The speaker of a reported sentence ("Qin Gang said that …"), by name or pronoun. */
function speakerOf(subject: string, analysis: SectionAnalysis, document: DocumentAnalysis, previous: Speaker | null): Speaker | null {
  if (/^(?:he|she)$/i.test(subject.trim())) return previous;
  const mention = analysis.find(subject)[0];
  if (mention) return { person: mention.person, country: countryOfPerson(mention.person, analysis, document) };
  const party = leadingParty(subject.trim(), sectionParties(analysis, document));
  return party ? { person: null, country: party.holder.key.startsWith("joint") ? null : party.holder.key } : null;
}

function countryOfPerson(person: Person, _analysis: SectionAnalysis, document: DocumentAnalysis): string | null {
  return peopleCountries(document).get(person) ?? null;
}

const countriesMemo = new WeakMap<DocumentAnalysis, Map<Person, string>>();

/**
 * The country each person speaks for, from every title the document gives them and the
 * word before it: "Pakistani Foreign Minister …", "China's Vice-President Han Zheng",
 * "Acting Foreign Minister of the Afghan Interim Government …".
 */
export function peopleCountries(document: DocumentAnalysis): Map<Person, string> {
  let found = countriesMemo.get(document);
  if (found) return found;
  found = new Map();
  for (const analysis of document.sections) {
    for (const { text } of analysis.sentences) {
      for (const mention of document.titles(text)) {
        const person = document.people.find((candidate) => candidate.name === mention.name);
        if (!person || found.has(person)) continue;
        const preceding = text.slice(Math.max(0, mention.start - 40), mention.start);
        // "Saudi Arabia's Crown Prince …": a possessive country of several words, else the word before.
        // "… in Neuchatel of Switzerland, Foreign Minister Wang Yi": a word before a comma ends
        // another clause, and says nothing of the person after it.
        const word = preceding.split(/\s+/).filter(Boolean).pop() ?? "";
        const before = /(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['’]s\s+$/u.exec(preceding)?.[1] ?? (/[,;:]$/.test(word) ? "" : word);
        // "Prime Minister … Bainimarama of Fiji": the country after the name.
        // "… Park Jin of the Republic of Korea": a country's name may hold an "of".
        const after = /^\s+of\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){0,3})/u.exec(text.slice(mention.end))?.[1] ?? "";
        const country = personCountry(person, [mention.title ?? "", before, after]);
        if (country) found.set(person, country);
      }
    }
  }
  countriesMemo.set(document, found);
  return found;
}

const partiesMemo = new WeakMap<SectionAnalysis, string[]>();

/** The countries whose people take part in the section's event. */
export function sectionParties(analysis: SectionAnalysis, document: DocumentAnalysis): string[] {
  let parties = partiesMemo.get(analysis);
  if (!parties) {
    const found = new Set<string>();
    for (const participant of analysis.participants) {
      const person = document.people.find((p) => p.name === participant.name);
      const country = person ? (peopleCountries(document).get(person) ?? personCountry(person, participant.title ? [participant.title] : [])) : null;
      if (country) found.add(country);
    }
    parties = [...found];
    partiesMemo.set(analysis, parties);
  }
  return parties;
}

/** A caption the parser kept as a paragraph: "… (L) shakes hands with …, July 3, 2024. /Xinhua". */
const PHOTO_CREDIT = /\((?:L|R|C|[LR]\d|1st [LR]|2nd [LR])\)|\/\s*(?:Xinhua|CGTN|CFP|Reuters|AFP|AP|IC|VCG)\s*$/;

/** Every position a section states, in order. */
export function sectionPositions(analysis: SectionAnalysis, document: DocumentAnalysis): Position[] {
  const positions: Position[] = [];
  const parties = sectionParties(analysis, document);
  let speaker: Speaker | null = null;
  let lastHolder: Holder | null = null;
  let speakerLine = -1;
  const captionLine = analysis.section.caption?.line;
  for (const sentence of analysis.sentences) {
    // A photo caption describes a picture ("Xi (L) shakes hands with …"): nobody's position.
    if (sentence.line === captionLine || PHOTO_CREDIT.test(sentence.text)) continue;
    const text = sentence.text;
    let at = 0;
    let rest = text;
    const skip = (length: number) => {
      at += length;
      rest = text.slice(at);
    };
    const dateline = DATELINE_PREFIX.exec(rest);
    if (dateline) skip(dateline[0].length);
    const ordinal = ORDINAL_OPENER.exec(rest);
    if (ordinal) skip(ordinal[0].length);
    const noting = NOTING.exec(rest) ?? PARTICIPLE_OPENER.exec(rest) ?? FRAME_OPENER.exec(rest);
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
    // "China, Li said, is ready to …" reads as "China is ready to …".
    const inner = INNER_ATTRIBUTION.exec(rest);
    const innerSpeaker: Speaker | null =
      inner && inner.index < 120
        ? speakerOf(inner[0].replace(/^,\s+(?:said\s+)?|(?:\s+(?:said|added|noted|stressed))?,\s+$/g, ""), analysis, document, speaker)
        : null;
    if (inner && innerSpeaker) {
      sentenceSpeaker ??= innerSpeaker;
    }
    const pair = HE_AND.exec(rest);
    const party = pair ? { holder: jointHolder(2, parties), length: pair[0].length } : leadingParty(rest, parties);
    if (party) {
      holder = party.holder;
      skip(party.length);
      // "Chinese President Xi Jinping expressed …": the nationality opens a titled name.
      const lead = /^\s*/.exec(rest)![0].length;
      const person = analysis.find(rest.slice(lead))[0];
      if (person && titledAt(rest.slice(lead), person.start, document) && !stanceAt(rest)) skip(lead + person.end);
      const attribution = INNER_ATTRIBUTION.exec(rest);
      if (attribution && attribution.index === 0) skip(attribution[0].length - 1);
    } else {
      const pronoun = /^(?:it|he|she|they)\b/i.exec(rest) ?? FIRST_PERSON.exec(rest);
      const named = analysis.find(rest)[0];
      const voice = sentenceSpeaker ?? (/^["“]?(?:I|We)\s/.test(rest) ? speaker : null);
      if (pronoun && /^they$/i.test(pronoun[0]) && !voice && lastHolder?.key.startsWith("joint")) {
        // "The two sides agreed … They will continue to …": the pair just named.
        holder = lastHolder;
        skip(pronoun[0].length);
      } else if (pronoun && voice?.country) {
        holder = countryHolder(voice.country);
        skip(pronoun[0].length);
      } else if (named && (named.start === 0 || titledAt(rest, named.start, document))) {
        // "Merz …", "Chinese Premier Li Qiang on Thursday called on …": a person speaking for their country.
        const country = countryOfPerson(named.person, analysis, document);
        holder = country ? countryHolder(country) : null;
        skip(named.end);
        const appositive = APPOSITIVE.exec(rest);
        if (appositive) skip(appositive[0].length);
        // A person doing something ("Li arrived …") states no view; only a stance verb makes this a position.
      } else if (ordinal && /^jointly\b/.test(rest)) {
        // "Second, jointly advance the Belt and Road cooperation.": a point both sides take.
        holder = jointHolder(2, parties);
        positions.push({ sentence, holder, stance: "should", contentStart: at, content: text.slice(at).replace(/[.;:]["”]?\s*$/, ""), form: "verb" });
        lastHolder = holder;
        continue;
      } else if (ordinal && lastHolder) {
        holder = lastHolder;
      }
    }
    if (sentenceSpeaker) {
      speaker = sentenceSpeaker;
      speakerLine = sentence.line;
    }
    // Later sentences of a speaker's paragraph are still the speaker's ("The first principle is …").
    const voice = sentenceSpeaker ?? (sentence.line === speakerLine ? speaker : null);
    if (!holder && voice?.country) holder = countryHolder(voice.country);
    if (!holder) continue;
    const time = TIME_ADVERBIAL.exec(rest);
    if (time) skip(time[0].length);
    // A statement with no stance verb is still the holder's view, when someone is speaking.
    const stance = stanceAt(rest) ?? participleStance(rest) ?? (voice ? { stance: "view" as const, form: "noun" as const, length: 0 } : null);
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
