import { spousesIn } from "./people-untitled";
import type { DocumentAnalysis, SectionAnalysis } from "./analysis";
import { explicitDate, resolveWeekday } from "../content/event-date";
import { labelEvent } from "../content/label";
import { mainFrame, namedEvent } from "./describe-event";
import { zhQuoted } from "./render";
import type { EventFrame } from "./events";

// A short name for the section's event, to set a question in its context: "talks with
// Bilawal Bhutto Zardari, May 6, 2023" / "2023年5月6日与Bilawal Bhutto Zardari会谈".
// Built from the event frame the section's lead reports; the date alone when there is none.

export type EventContext = { en: string; zh: string };

/** Verbs of an encounter between people: a meeting, talks, a call, a joint press conference. */
export const ENCOUNTERS: ReadonlySet<string> = new Set(["talks", "meet", "phone", "press"]);

/** Words of a Chinese label for an encounter: 会见, 会谈, 拜会, 交谈, a dialogue or consultations co-chaired. */
const ENCOUNTER_LABEL = /会见|会谈|会晤|见|拜会|交谈|通电话|通话|会面|磋商|对话|共同主持/u;

/** A sentence that dates itself ("On Thursday", "On Feb. 6, 2014") to another day than the section's. */
function ofAnotherDay(sentence: string, day: string | null): boolean {
  if (!day) return false;
  const dated = explicitDate(sentence) ?? resolveWeekday(sentence, day);
  return dated !== null && dated !== day;
}

/** "During his stay in Sochi, Xi held talks with …": a summary of the whole stay, not the section's own event. */
export const WHOLE_STAY = /\b(?:during|throughout|in the course of)\s+(?:his|her|their|the)\s+(?:stay|visit|trip|tour)\b/i;
/** What follows a speaker's name: "Xi said", "Putin, for his part, noted". */
const SPEAKS = /^(?:,[^,]{0,30},)?\s+(?:also\s+)?(?:said|says|noted|stressed|emphasized|pointed out|added|told|expressed|called|urged|hoped|hopes)\b/;

/** The person taking part in most sections: the one whose visit the document follows. */
export function documentVisitor(document: DocumentAnalysis): string | null {
  const counts = new Map<string, number>();
  for (const section of document.sections) {
    for (const participant of section.participants) counts.set(participant.name, (counts.get(participant.name) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked[0] && ranked[0][1] >= 2 ? ranked[0][0] : null;
}

/**
 * `sentence`, when given, is the one the question quotes: a section that reports two
 * encounters ("… met Suriname's president … When meeting with Stuart, Xi said …") sets it in
 * the encounter that sentence names, and in none when it names none (either could be meant).
 */
export function eventContext(analysis: SectionAnalysis, document: DocumentAnalysis, sentence?: string): EventContext | null {
  if (sentence !== undefined && distinctEncounters(analysis).length > 1) {
    const own =
      analysis.frames.find((frame) => frame.sentence === sentence && frame.subjects.length > 0 && ENCOUNTERS.has(frame.verb)) ??
      encounterJustBefore(analysis, sentence);
    return own ? englishContext({ ...analysis, frames: [own] }, document, sentence) : null;
  }
  const context = englishContext(analysis, document, sentence);
  // The section's Chinese label names the event in Chinese ("中俄总理定期会晤"): better than English inside Chinese.
  const labelZh = analysis.section.labelZh && labelEvent(analysis.section.labelZh);
  // "(meeting with Pohamba)" over a section labelled 出席建交20周年招待会: the meeting is a
  // caption's or an aside's, and the section's own event, which the Chinese prints, is another.
  if (context && labelZh && /^(?:meeting|talks|phone call)\b/.test(context.en) && !ENCOUNTER_LABEL.test(labelZh)) return null;
  if (context && labelZh && !/\d$/.test(labelZh)) return { en: context.en, zh: labelZh };
  return context;
}

/**
 * "Xi also met with South Korean President Moon Jae-in … Xi reiterated China's stance on the
 * THAAD issue.": a sentence that names no encounter is set in the one told just before it
 * (in the two sentences before), when those tell one only.
 */
function encounterJustBefore(analysis: SectionAnalysis, sentence: string): EventFrame | undefined {
  const at = analysis.sentences.findIndex((candidate) => candidate.text === sentence);
  const people = (frame: EventFrame) => [...frame.subjects, ...frame.objects].map((person) => person.name);
  const toldIn = (index: number) =>
    analysis.frames.filter((frame) => frame.sentence === analysis.sentences[index]?.text && frame.subjects.length > 0 && ENCOUNTERS.has(frame.verb));
  // The nearest of the two sentences before that tells an encounter, and the one before it
  // when that tells the same ("Xi met with Moon …" then "The two leaders also exchanged views").
  let found: EventFrame | undefined;
  let named: Set<string> | undefined;
  for (let index = at - 1; index >= Math.max(0, at - 2); index--) {
    const told = toldIn(index);
    if (told.length === 0) continue;
    const here = new Set(told.flatMap(people));
    if (named && ![...here].every((name) => named!.has(name)) && ![...named].every((name) => here.has(name))) break;
    named = new Set([...(named ?? []), ...here]);
    found = told[0];
  }
  if (!found || !named || named.size < 2) return undefined;
  // "Meanwhile, Xi and his Chilean counterpart, Michelle Bachelet, witnessed …": a sentence
  // that names anyone else is about another moment.
  if (analysis.find(sentence).some((mention) => !named!.has(mention.person.name))) return undefined;
  return found;
}

/** The section's distinct encounters (meetings, talks, calls), each as the people it brings together. */
export function distinctEncounters(analysis: SectionAnalysis): Set<string>[] {
  const encounters: Set<string>[] = [];
  for (const frame of analysis.frames.filter((candidate) => ENCOUNTERS.has(candidate.verb))) {
    const people = new Set([...frame.subjects, ...frame.objects].map((person) => person.name));
    // "Han met Hoekstra" twice, or once with and once without an object, is one encounter.
    // A frame that names one side only ("Xi met …" read without its object) joins any encounter.
    const partial = frame.subjects.length === 0 || frame.objects.length === 0;
    const same = (other: Set<string>) => partial || [...people].every((name) => other.has(name)) || [...other].every((name) => people.has(name));
    const known = encounters.find(same);
    if (known) people.forEach((name) => known.add(name));
    else encounters.push(people);
  }
  return encounters;
}

/**
 * The event by its kind and counterpart, without its date: the date is a question of its
 * own, which a context line would answer. A section with no event named has no context.
 */
function englishContext(analysis: SectionAnalysis, document: DocumentAnalysis, sentence?: string): EventContext | null {
  const visitor = documentVisitor(document);
  // Statements are made in talks: a section that reports a ceremony and talks sets its
  // statements in the talks ("… attended the closing ceremony …; in talks with Kuczynski, Xi said …").
  // A wrap-up's "During his stay, Xi held talks with Putin …" sets nothing the report itself says in those talks.
  // Nor does a recap's "On Thursday, Xi met with Putin" in Saturday's report of his departure.
  const frame =
    analysis.frames.find(
      (candidate) =>
        candidate.subjects.length > 0 &&
        ENCOUNTERS.has(candidate.verb) &&
        !WHOLE_STAY.test(candidate.sentence) &&
        !ofAnotherDay(candidate.sentence, analysis.day),
    ) ?? mainFrame(analysis);
  if (!frame) return companyContext(analysis, visitor);
  // "Wu Bangguo, Wen Jiabao and Xi Jinping met with Zuma separately": which of the meetings a
  // statement was made at, the report does not say.
  if (/\b(?:separately|respectively)\b/.test(frame.sentence) && Math.max(frame.subjects.length, frame.objects.length) > 1) return null;
  // With no visitor known, the counterpart is the one the lead's subject met ("Li held talks
  // with Hun Sen" → "talks with Hun Sen"), not the subject itself.
  // "Xi Jinping and his wife Peng Liyuan met with Macron": a spouse comes along, and is no counterpart.
  const spouses = spousesIn(frame.sentence);
  const people = (visitor ? [...frame.subjects, ...frame.objects] : [...frame.objects, ...frame.subjects])
    .map((person) => person.name)
    .filter((name) => !spouses.includes(name));
  // "Li met with Cindy Kiro" read without its object: the one other participant is the counterpart.
  const found = people.find((name) => name !== visitor) ?? soleOther(analysis, visitor);
  // "Xi said …" set in "talks with Xi Jinping" reads as if someone else spoke: the
  // sentence's own speaker is not the counterpart, the other side of the encounter is.
  const speaking = new Set(
    sentence
      ? document
          .find(sentence)
          .filter((mention) => SPEAKS.test(sentence.slice(mention.end, mention.end + 40)))
          .map((mention) => mention.person.name)
      : [],
  );
  // Both named, "meeting between Wang Yi and Hun Sen": "meeting with Wang Yi" would fit every
  // meeting of Wang Yi's visit.
  const swap = found && speaking.has(found) ? people.find((name) => name !== found && !speaking.has(name)) : undefined;
  // "held a trilateral meeting with Wadephul and Barrot": both counterparts, or the meeting
  // reads as the bilateral one with the first.
  const hosts = visitor !== null && frame.subjects.some((person) => person.name === visitor);
  const second = !swap && found && hosts ? frame.objects.map((person) => person.name).find((name) => name !== found && name !== visitor) : undefined;
  const other = swap ? `${swap} and ${found}` : second ? `${found} and ${second}` : found;
  const otherZh = swap ? `${swap}与${found}` : second ? `与${found}、${second}` : `与${found}`;
  const kind = (en: string, zh: string) => (other ? { en: swap ? `${en} between ${other}` : `${en} with ${other}`, zh: `${otherZh}${zh}时` } : null);
  switch (frame.verb) {
    case "meet":
      return kind("meeting", "会见");
    case "talks":
      return kind("talks", "会谈");
    case "phone":
      return kind("phone call", "通电话");
    case "press":
      // "Wen Jiabao held a press conference in Doha": his own, not a joint one with whoever else took part in the section.
      if (
        frame.subjects.length < 2 &&
        /\b(?:held|holds)\s+a\s+press\s+conference\b/.test(frame.sentence) &&
        !/\bjoint(?:ly)?\b|\bwith\b|\btogether\b/i.test(frame.sentence)
      )
        return { en: "press conference", zh: "举行记者会时" };
      return other ? kind("joint press conference", "共同会见记者") : { en: "joint press conference", zh: "共同会见记者时" };
    case "hold":
    case "attend":
    case "chair":
      // "a farewell event held": an indefinite, clipped name says less than the company does,
      // and so does a name of nothing in particular ("the opening ceremony": of what?).
      return frame.event && frame.event.split(/\s+/).length > 2 && !/["“”]/.test(frame.event) && !/^an?\s/i.test(frame.event) && namedEvent(frame.event)
        ? { en: frame.event.replace(/^the\s+/i, ""), zh: `${zhQuoted(frame.event)}期间` }
        : companyContext(analysis, visitor);
    case "remarks":
    case "agree":
    case "award":
      // "Xi made the remarks …", "Wang and Kallas agreed …": said or done in each other's company.
      return companyContext(analysis, visitor);
    default:
      // An arrival or a greeting at the airport is no encounter to set a statement in.
      return null;
  }
}

/**
 * A section that names its people but no event verb ("Xi said on Wednesday that he is ready
 * to work with Tokayev …") is still set by its company: the visitor with the one other
 * participant. Two or more others would leave the reader guessing which encounter.
 */
function companyContext(analysis: SectionAnalysis, visitor: string | null): EventContext | null {
  // "Khurelsukh with Xi Jinping" over a section labelled 外交部发言人介绍蒙古国总统访华: the
  // company is the visit's, the section a briefing about it.
  if (analysis.section.labelZh && !ENCOUNTER_LABEL.test(labelEvent(analysis.section.labelZh))) return null;
  const other = soleOther(analysis, visitor);
  return other ? { en: `${visitor} with ${other}`, zh: `${visitor}与${other}` } : null;
}

/** The one participant beside the visitor, when the visitor takes part and there is exactly one. */
function soleOther(analysis: SectionAnalysis, visitor: string | null): string | null {
  if (!visitor || !analysis.participants.some((participant) => participant.name === visitor)) return null;
  // "Donald Trump with Melania Trump": a spouse is company, never the counterpart.
  const spouses = new Set(analysis.sentences.flatMap(({ text }) => spousesIn(text)));
  const others = analysis.participants.filter((participant) => participant.name !== visitor && !spouses.has(participant.name));
  return others.length === 1 ? others[0]!.name : null;
}
