import { MONTHS } from "../content/dates";
import { DATELINE_PREFIX } from "../content/event-date";
import { placeDateLine } from "../content/event-place";
import { countryOf } from "../content/gazetteer";
import type { ParsedDocument, Section } from "../content/types";
import { type EventFrame, eventFrames } from "./events";
import { type MentionFinder, mentionFinder } from "./mentions";
import { type Person, type TitleReader, documentPeople, isOffice, titleReader } from "./people";
import { type Sentence, sectionSentences } from "./sentences";
import type { Participant } from "./types";

// One pass over the document that every question maker shares: sentences, people,
// event frames and participants per section. Computed once, so building a bank stays
// linear in the document's length.

export type SectionAnalysis = {
  section: Section;
  /** The day of the section's event, when one is known (not the first day of a span). */
  day: string | null;
  sentences: Sentence[];
  frames: EventFrame[];
  participants: Participant[];
  /** People found in this section's text: a shared short form is the one named here in full. */
  find: MentionFinder;
};

export type DocumentAnalysis = {
  document: ParsedDocument;
  people: Person[];
  find: MentionFinder;
  sections: SectionAnalysis[];
  /** Words of a name the text uses alone for that person ("Qin", "Munir"). */
  aliases: Map<Person, Set<string>>;
  /** "Title Name" sequences of a sentence, read once per distinct sentence. */
  titles: TitleReader;
};

// "During his stay in Sochi, Xi attended …": the stay may name its place.
const RECAP = /^During\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|stay)(?:\s+(?:in|to)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)?\s*,/u;

/**
 * A trip summed up: "During his visit, Hu met …", "In Kyrgyzstan, Wen attended …" (a country
 * of the tour, not the section's city), "Wen visited the two countries and attended …".
 */
function recap(text: string): boolean {
  const country = /^In\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?),/u.exec(text)?.[1];
  return (
    RECAP.test(text) ||
    (country !== undefined && countryOf(country)?.name === country.replace(/^the\s+/, "")) ||
    /\bvisited\s+the\s+(?:two|three|four|five)\s+countries\b/.test(text)
  );
}

/** A sentence that opens in another month or year than the section's event, or "last …" / "earlier …". */
function earlierTime(text: string, date: string | null): boolean {
  // "He met Finnish Prime Minister Matti Vanhanen there last night": the stop before this one
  // ("met … yesterday" alone is often the report's own event, told the next morning).
  if (/\bthere\b[^.;]*\b(?:last night|yesterday)\b|\b(?:last night|yesterday)\b[^.;]*\bthere\b/i.test(text)) return true;
  // "Wu Yi attends the National People's Congress session in this March 5, 2004 file photo":
  // the photo shows another occasion, whatever its date.
  if (/\bfile\s+(?:photo|picture)\b/i.test(text)) return true;
  if (/^(?:Last|Earlier)\s+(?:year|month|week|this\s+year)\b/.test(text) || /^(?:In|During)\s+(?:19|20)\d{2}\b/.test(text)) {
    return !(date && new RegExp(`^(?:In|During)\\s+${date.slice(0, 4)}\\b`).test(text));
  }
  const month = /^In\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/.exec(text)?.[1];
  return month !== undefined && (date === null || (MONTHS as readonly string[]).indexOf(month) + 1 !== Number(date.slice(5, 7)));
}

function analyseSection(
  section: Section,
  people: Person[],
  documentFind: MentionFinder,
  aliases: Map<Person, Set<string>>,
  titles: TitleReader,
): SectionAnalysis {
  const sentences = sectionSentences(section);
  // "Li said" in the section that names Li Zhanshu in full is Li Zhanshu's, whoever else is a Li.
  const named = new Set(sentences.flatMap(({ text }) => people.filter((person) => text.includes(person.name))));
  const find = named.size > 0 ? mentionFinder(people, named) : documentFind;
  // A sentence's pronoun ("He co-chaired …") refers to the last person named before it.
  let previous: Person | null = null;
  // The two people named last ("The two foreign ministers held talks" after both are named).
  let lastTwo: Person[] = [];
  let recapping = false;
  const frames = sentences.flatMap(({ text, line }) => {
    const found = eventFrames(text, line, find, previous, lastTwo);
    previous = find(text)[0]?.person ?? previous;
    for (const { person } of find(text)) lastTwo = [person, ...lastTwo.filter((other) => other !== person)].slice(0, 2);
    // "In August, Xi … held talks with To Lam": an encounter of another month, recalled.
    // "During his visit, Hu met Queen Margrethe II and …": the whole visit, summed up at its
    // end, and "He also met …" right after goes on summing it up.
    recapping = recap(text) || (recapping && /^(?:He|She|They)\s+(?:also|then)\b/.test(text));
    return earlierTime(text, section.date) || recapping ? [] : found;
  });
  const involved = new Set(frames.flatMap((frame) => [...frame.subjects, ...frame.objects]));
  // Remarks to the press with no meeting verb ("Qin Gang said …"): whoever speaks took part.
  // Only a speaker of the lead: one quoted further down ("Albanese said on Saturday …" in a
  // preview of the visit) is a voice in the report, not someone at its event.
  if (involved.size === 0) for (const speaker of speakers(sentences.slice(0, LEAD_SENTENCES), find)) involved.add(speaker);
  // A speech: its byline names the speaker ("H.E. Xi Jinping" above "Bruges, 1 April 2014"),
  // its salutations the guests it was given before ("President Herman Van Rompuy,").
  for (const person of speechPeople(section, find)) involved.add(person);
  // Titles as this section gives them; the document's first title otherwise.
  const localTitles = new Map<string, string>();
  for (const { text } of sentences) {
    for (const mention of titles(text)) {
      if (isOffice(mention.title) && !localTitles.has(mention.name)) localTitles.set(mention.name, mention.title);
    }
  }
  const order = new Map<Person, number>();
  sentences.forEach(({ text }, s) =>
    find(text).forEach((mention) => {
      const written = text.slice(mention.start, mention.end);
      // "Prime Minister (Shinzo) Abe's visit": an editor's bracketed given name, no short form the text uses.
      const bracketed = text[mention.start - 1] === "(" && text[mention.end] === ")";
      if (written !== mention.person.name && !bracketed) aliases.set(mention.person, (aliases.get(mention.person) ?? new Set()).add(written));
      if (involved.has(mention.person) && !order.has(mention.person)) order.set(mention.person, s * 10000 + mention.start);
    }),
  );
  const participants = people
    .filter((person) => involved.has(person))
    .sort((a, b) => order.get(a)! - order.get(b)!)
    .map((person) => ({ name: person.name, title: localTitles.get(person.name) ?? person.title }));
  // A report that is itself a briefing ("… will visit China, a spokesperson announced on Friday"),
  // told in its own first sentence: the one with the dateline, past a photo's caption and credit
  // ("The Solomon Islands' Prime Minister … speaks at … 2015. (Xinhua/Li Muzi)").
  const caption = section.caption?.text ?? "";
  const reported = sentences.filter((sentence) => !caption.includes(sentence.text)).slice(0, LEAD_SENTENCES);
  const opening = reported.find((sentence) => DATELINE_PREFIX.test(sentence.text)) ?? reported[0] ?? sentences[0];
  const briefing = BRIEFING.test(opening?.text ?? "");
  // The spokesperson of a briefing ("…, Foreign Ministry spokesperson Lu Kang said") took part in
  // it: in a report with no meeting, or beside the people of the visit a briefing announces, named
  // a little further down there ("“This is …,” spokesperson Mao Ning told …"). Kept out of the
  // document's people, so never a speaker of quotes or a mention elsewhere.
  if (participants.length === 0 || briefing) participants.push(...briefers(sentences.slice(0, briefing ? BRIEFING_SENTENCES : LEAD_SENTENCES)));
  // "Li concluded on Saturday his four-day visit, during which he met with Putin": Saturday is
  // the day he left, not the day of the meetings the report sums up. No day for its events.
  const wrapUp = WRAP_UP.test(sentences[0]?.text ?? "");
  // "The visit shows China's sincerity, a Foreign Ministry spokeswoman said on Thursday": the
  // day of a briefing about the visit, not of the meetings it recounts.
  return { section, day: section.dateSpan || wrapUp || briefing ? null : section.date, sentences, frames, participants, find };
}

const SALUTATION_WORDS = 14;

/** People of a speech's byline and salutations: the short lines above its first sentence. */
function speechPeople(section: Section, find: MentionFinder): Person[] {
  const lines = section.paragraphs.map((paragraph) => paragraph.text.trim());
  const first = lines.findIndex((text) => /[.!?]["”’]?$/.test(text));
  // The headline may be the byline ("Speech by H.E. Li Keqiang … At the 18th Meeting …"), and
  // the place-and-date line, read as a caption ("Auckland, June 14, 2024"), opens the section.
  const head = [section.title ?? "", section.caption?.text ?? "", ...lines.slice(0, first < 0 ? 0 : first)].filter((text) => text !== "");
  // Only a speech has a place-and-date line ("Bruges, 1 April 2014") among them, or a byline
  // for its headline ("Address by Chinese Foreign Minister Yang Jiechi at …").
  if (!head.some((text) => placeDateLine(text)) && !BYLINE_LINE.test(section.title ?? "")) return [];
  return (
    head
      // A byline may run long ("Keynote Speech by Foreign Minister … At the Opening Session of …").
      .filter((text) => BYLINE_LINE.test(text) || (text.split(/\s+/).length <= SALUTATION_WORDS && /,$/.test(text)))
      .flatMap((text) => find(text).map((mention) => mention.person))
  );
}

// A report with no meeting still has the person it is about: who spoke, delivered a speech,
// proposed, urged or arrived ("… listening to Vice Premier Li Keqiang delivering his keynote
// speech", "President Hu Jintao arrived here Monday").
const SPEECH =
  /^\s+(?:said|says|noted|stressed|pointed out|emphasized|emphasised|told|added|(?:delivered|delivers|delivering|gave|gives|made|makes)\s+(?:a|an|his|her|the)\s+(?:\w+\s+){0,2}(?:speech|address|remarks|lecture)|addressed|addresses|proposed|proposes|urged|urges|called (?:for|on)|calls (?:for|on)|vowed|vows|pledged|pledges|expounded|expounds|arrived|arrives)\b/;

/** The sentences that open a report and say who spoke at its event. */
const LEAD_SENTENCES = 2;
const BRIEFING_SENTENCES = 4;

const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}`;
const SPOKESPERSON = String.raw`(?:(?:Chinese\s+)?(?:Foreign\s+Ministry|foreign\s+ministry|Foreign\s+Affairs\s+Ministry)\s+)?[Ss]pokes(?:person|man|woman)`;
// "Foreign Ministry spokesperson Wang Wenbin said", "Guo Jiakun, a spokesperson for the foreign
// ministry, told …": the title before the name, or after it and a comma.
const BRIEFER_AFTER = new RegExp(String.raw`(${SPOKESPERSON})\s+(${NAME})\s+(?:said|says|told|announced|announces)\b`, "u");
const BRIEFER_BEFORE = new RegExp(
  String.raw`(${NAME}),\s+(?:also\s+)?(?:an?\s+|the\s+)?(${SPOKESPERSON}(?:\s+for\s+the\s+[Ff]oreign\s+[Mm]inistry)?),\s+(?:said|says|told|announced)\b`,
  "u",
);

function briefers(sentences: Sentence[]): { name: string; title: string }[] {
  for (const { text } of sentences) {
    const after = BRIEFER_AFTER.exec(text);
    if (after) return [{ name: after[2]!, title: after[1]! }];
    const before = BRIEFER_BEFORE.exec(text);
    if (before) return [{ name: before[1]!, title: before[2]! }];
  }
  return [];
}

const BRIEFING = /\bspokes(?:person|man|woman)\b[^.]{0,80}\b(?:said|says|told|announced)\b|\b(?:said|says|told)\b[^.]{0,40}\bspokes(?:person|man|woman)\b/i;
const WRAP_UP = /\b(?:concluded|concludes|wrapped up|wraps up|ended|ends)\b[^.]{0,60}\b(?:visit|trip|tour)\b[^.]*\bduring which\b/i;

const BYLINE_LINE = /^(?:H\.\s?E\.\s|(?:Keynote\s+)?(?:Remarks|Speech|Address|Statement|Toast)\s+by\s)/i;

// A speech's byline: "Remarks by H.E. Xi Jinping", "Keynote Speech by …".
const BYLINE = /^(?:Keynote\s+)?(?:Remarks|Speech|Address|Statement|Toast)\s+by\s+(?:H\.\s?E\.\s+)?$/i;

/** People named in full right before a speech verb, or right after a speech's "Remarks by". */
function speakers(sentences: Sentence[], find: MentionFinder): Person[] {
  return sentences.flatMap(({ text }) =>
    find(text)
      .filter(
        (mention) =>
          text.slice(mention.start, mention.end) === mention.person.name && (SPEECH.test(text.slice(mention.end)) || BYLINE.test(text.slice(0, mention.start))),
      )
      .map((mention) => mention.person),
  );
}

export function analyseDocument(document: ParsedDocument): DocumentAnalysis {
  const titles = titleReader();
  const { people } = documentPeople(document, titles);
  const find = mentionFinder(people);
  const aliases = new Map<Person, Set<string>>();
  const sections = document.sections.map((section) => analyseSection(section, people, find, aliases, titles));
  return { document, people, find, sections, aliases, titles };
}
