import type { SectionAnalysis } from "./analysis";
import { ENCOUNTERS, type EventFrame } from "./events";
import { encounterWords } from "./encounter-words";
import { zhQuoted } from "./render";

// The section's main event in words, for "When …?" and "Where …?" prompts:
// "did Arif Alvi meet with Qin Gang" / "Arif Alvi会见Qin Gang".

export type EventWords = { en: string; zh: string; frame: EventFrame };

/** The first frame with a named subject: the event the section reports. */
export function mainFrame(analysis: SectionAnalysis): EventFrame | null {
  const named = analysis.frames.filter((frame) => frame.subjects.length > 0 && frame.verb !== "present");
  // A caption's "X speaks at …" describes a photo; the report's own verb says more.
  // A site toured ("visited the museum") or a welcome ("is welcomed by … before their talks")
  // names the event only when nothing else does.
  const first = named.find((frame) => frame.verb !== "speak" && frame.verb !== "visit" && frame.verb !== "greet") ?? named[0] ?? null;
  const main = first && captionOfAnother(first, analysis.frames, analysis.section.caption?.text);
  // "X shakes hands with Y … X held talks with Y": a caption's handshake shows the talks.
  if (main?.verb === "meet" && /\bsh(?:akes|ake|ook|aking)\s+hands\b/.test(main.sentence)) {
    const people = new Set([...main.subjects, ...main.objects]);
    const talks = named.find((frame) => frame.verb === "talks" && [...frame.subjects, ...frame.objects].some((person) => people.has(person)));
    if (talks) return talks;
  }
  return main;
}

/**
 * A caption's meeting with someone the report never says was met, beside the report's own
 * meeting with someone else ("Li (R) meets with President Zillur Rahman" over a report of his
 * meeting with Khaleda Zia): the photo shows another moment, the report's meeting is the event.
 */
function captionOfAnother(frame: EventFrame, frames: EventFrame[], caption: string | undefined): EventFrame {
  if (!caption?.includes(frame.sentence) || !ENCOUNTERS.includes(frame.verb) || frame.objects.length === 0) return frame;
  const shown = new Set([...frame.subjects, ...frame.objects]);
  const reported = frames.filter((other) => !caption.includes(other.sentence) && ENCOUNTERS.includes(other.verb) && other.objects.length > 0);
  if (reported.some((other) => other.objects.some((person) => shown.has(person)))) return frame;
  return reported.find((other) => other.subjects.length > 0) ?? frame;
}

/**
 * An event's name when it names something ("the opening ceremony of the Boao Forum"), null when
 * it names nothing in particular ("the talks", "the opening ceremony": of what?). Blind
 * examiners judged 0 of 7 prompts on such unnamed events GOOD on first sight.
 */
export function namedEvent(event: string | null | undefined): string | null {
  return event && /\p{Lu}/u.test(event.replace(/^the\s+/i, "")) ? event : null;
}

/**
 * `at` is a Chinese place phrase ("在伊斯兰堡" or ""), set where Chinese puts it: after the
 * subject; `label` the section's Chinese label, which says whether a meeting was 会谈.
 */
export function describeEvent(frame: EventFrame, at = "", label?: string | null): EventWords | null {
  const subjects = frame.subjects.map((person) => person.name);
  const words = encounterWords(frame.verb, label);
  if (words) {
    const object = frame.objects[0]?.name ?? subjects[1];
    return object ? { en: words.did(subjects[0]!, object), zh: words.zhDid(subjects[0]!, object, at), frame } : null;
  }
  const subject = frame.subjects[0]!.name;
  const object = frame.objects[0]?.name;
  const event = frame.event;
  // "attend the talks", "chair the meeting": an event of no name, with no one it was held
  // with, is any of the visit's.
  const named = namedEvent(event);
  switch (frame.verb) {
    case "hold":
      return object && event ? { en: `did ${subject} hold ${event} with ${object}`, zh: `${subject}${at}与${object}举行${zhQuoted(event)}`, frame } : null;
    case "press": {
      const other = frame.subjects[1]?.name;
      return other ? { en: `did ${subject} and ${other} jointly meet the press`, zh: `${subject}与${other}${at}共同会见记者`, frame } : null;
    }
    case "attend":
      return named ? { en: `did ${subject} attend ${named}`, zh: `${subject}${at}出席${zhQuoted(named)}`, frame } : null;
    case "speak":
      return named ? { en: `did ${subject} speak at ${named}`, zh: `${subject}在${zhQuoted(named)}上发表讲话`, frame } : null;
    case "chair":
      if (!named) return null;
      return subjects.length === 2
        ? { en: `did ${subjects[0]} and ${subjects[1]} co-chair ${named}`, zh: `${subjects[0]}与${subjects[1]}${at}共同主持${zhQuoted(named)}`, frame }
        : { en: `did ${subject} chair ${named}`, zh: `${subject}${at}主持${zhQuoted(named)}`, frame };
    default:
      return null;
  }
}
