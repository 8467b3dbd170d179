import { parseDateline } from "../content/event-date";
import { MONTH_PATTERN, WEEKDAYS } from "../content/dates";
import type { DocumentAnalysis, SectionAnalysis } from "./analysis";
import { WHOLE_STAY } from "./event-context";
import { peopleIn } from "./mentions";
import { encounterWords } from "./encounter-words";

// Who may have met the visitor on a section's day, so that no "Who met with Qin Gang on May
// 5?" offers them as a wrong choice, nor asks it typed.

const MEETING_MENTION = /\b(?:met|meeting|meetings|talks)\b/i;
const INVITATION = /\bat the invitation of\b/i;
const SPAN = new RegExp(`\\bfrom\\s+(?:${WEEKDAYS.join("|")}|(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2})\\s+(?:to|through|until)\\s+\\w+`);
const RELATIVE_DAY =
  /^(?:(?:A|One)\s+day\s+(?:earlier|before|later)|(?:The|On the)\s+(?:previous|preceding|following|next)\s+day|The\s+day\s+(?:before|after)|Earlier\s+(?:that|the same)\s+day)\b/;

export function metThatDay(analysis: SectionAnalysis, document: DocumentAnalysis): string[] {
  // Anyone with the visitor at another event that day (the minister at the ceremony) "met"
  // them that day too: no wrong choice of "Who met with Qin Gang on May 5?". Nor anyone of an
  // undated event, or of a report datelined that day ("BERLIN, July 4" above Thursday's
  // dialogue), which reads as that day's.
  const date = analysis.section.date;
  const datelined = (other: SectionAnalysis) =>
    other.section.paragraphs.slice(0, 1).some((paragraph) => parseDateline(paragraph.text, document.document.published)?.date === date);
  // Someone met on another day: a participant of a section of another day, named there
  // outside a summary of the stay ("During his stay in Sochi, Xi … held talks with Zeman" in
  // the wrap-up report of Feb. 8 gives the talks no day).
  const datedOtherwise = (name: string) =>
    document.sections.some(
      (other) =>
        other.day !== null &&
        other.section.date !== date &&
        other.participants.some((p) => p.name === name) &&
        other.sentences.some(({ text }) => !WHOLE_STAY.test(text) && peopleIn(text, document.find).some((person) => person.name === name)),
    );
  const sentences = document.sections.flatMap((other) => other.sentences);
  return (
    document.sections
      // An undated event may have been that day too.
      .filter((other) => other !== analysis && date !== null && (other.section.date === date || other.section.date === null || datelined(other)))
      .flatMap((other) => other.participants.map((participant) => participant.name))
      // "Prime Minister Peter O'Neill and I had a good meeting": a meeting the text mentions
      // without a day may have been that day, unless its people's own events are dated otherwise
      // (a day, not a span: "During the visit, Premier Li Qiang held talks with …" in a statement
      // on a visit "from July 9 to 15" is no other day's meeting).
      .concat(
        sentences
          .flatMap(({ text }) => {
            // "… talks in Stockholm from Monday to Tuesday with Bessent and Greer": talks over
            // several days, in a report dated by their last, met them on each.
            if (MEETING_MENTION.test(text)) return peopleIn(text, document.find).map((person) => ({ name: person.name, spanned: SPAN.test(text) }));
            // "at the invitation of … Mostafa Kamal Madbouly": the host meets the visitor on some day.
            const invited = INVITATION.exec(text);
            return invited ? peopleIn(text.slice(invited.index), document.find).map((person) => ({ name: person.name, spanned: false })) : [];
          })
          .filter(({ name, spanned }) => spanned || !datedOtherwise(name))
          .map(({ name }) => name),
      )
      // "A day earlier, Wen met …" in the next day's report: met on another day than its section's.
      .concat(
        sentences
          .filter(({ text }) => RELATIVE_DAY.test(text) && MEETING_MENTION.test(text))
          .flatMap(({ text }) => peopleIn(text, document.find).map((person) => person.name)),
      )
  );
}

const MULTILATERAL_VERBS = new Set(["attend", "chair", "hold"]);
/** A gathering of many: "the 20th ASEAN Plus Three Foreign Ministers' Meeting", "the G20 summit". */
const MULTILATERAL = /\b(?:ministers['’]?|leaders['’]?)\s+meeting\b|\bsummit\b|\b(?:plus|\+)\s*(?:three|one|\d)\b|\bG\d+\b|\bconference\b/i;

/**
 * Whether the visitor met others than `taking` on the section's day elsewhere: "Who met with
 * Xi on July 3?" has two answers, and so has a day with a ministers' meeting or a summit
 * attended (twelve counterparts met at the 10+3). Prompts that name their event ("held the
 * fourth round of …") stay unambiguous.
 */
export function othersMetThatDay(analysis: SectionAnalysis, document: DocumentAnalysis, visitor: string | null, taking: string[]): boolean {
  return document.sections.some(
    (other) =>
      other !== analysis &&
      other.section.date === analysis.section.date &&
      other.frames.some(
        (frame) =>
          (encounterWords(frame.verb) && [...frame.subjects, ...frame.objects].some((person) => person.name !== visitor && !taking.includes(person.name))) ||
          (MULTILATERAL_VERBS.has(frame.verb) && MULTILATERAL.test(frame.event ?? "")),
      ),
  );
}
