import { addDays } from "../content/dates";
import { DATELINE_PREFIX } from "../content/event-date";
import { gatheringDays } from "../content/date-spans";
import { readsAsCaption } from "../content/line-kinds";
import type { SectionAnalysis } from "./analysis";
import { describeEvent, mainFrame } from "./describe-event";
import type { EventFrame } from "./events";
import type { QuestionDraft } from "./draft";
import { blanked, inPlace, quotedSentence, zhAt } from "./render";
import { POSITION_MARKER } from "./tokens";
import { escapeRegExp } from "../text/escape-reg-exp";
import { fnv1a } from "../random";
import { type MonthForm, type Written, padLike, writeLike, writtenDate } from "./written-date";

export const PHOTO_CREDIT = /\s*(?:[[(](?:Photo\s*[/:][^\])]*|Xinhua\s*\/[^\])]*|Xinhua|CGTN|AFP|Reuters|AP)[\])]|\/\s*[A-Z][\p{L} .]*)\s*$/u;

// Date questions: when the section's event happened, answered with the date exactly as
// the text writes it ("May 5, 2023"), or with the weekday when the text only says
// "on Tuesday". Wrong choices are nearby days written the same way: plausible, wrong.

/** Days from the answer that pad a pool where the visit has too few other days. */
const PAD_DAYS = [1, 2, 3, 7];

/**
 * Three wrong dates: the visit's other days first, nearest first (a choice outside the visit
 * is easy to rule out), then days beside the answer. Where the padding goes, before or after
 * it, follows the question's words: a day on each side always, and the padding before first,
 * had left the answer the third of four days in 562 of 708 tuning and seed questions (the
 * seed's examiner saw the pattern) and almost never the first or the last.
 */
export function datePool(
  iso: string,
  style: Written["style"],
  tripDates: readonly string[],
  abbreviated: MonthForm = "full",
  sameRun: ReadonlySet<string> = new Set(),
  salt = "",
): string[] {
  // "the summit, scheduled for September 24-25", asked on the 25th: the 24th was its day too.
  const usable = (date: string) => date !== iso && !sameRun.has(date);
  const distance = (date: string) => Math.abs(Date.parse(date) - Date.parse(iso));
  const trip = [...new Set(tripDates)]
    .filter(usable)
    .sort((a, b) => distance(a) - distance(b) || (a < b ? -1 : 1))
    .slice(0, 3);
  const pad = (sign: number) => PAD_DAYS.map((days) => addDays(iso, sign * days)).filter((date) => usable(date) && !trip.includes(date));
  const tripBefore = trip.filter((date) => date < iso).length;
  const placed = Math.min(Math.max(fnv1a(`${iso}|${salt}`) % 4, tripBefore), tripBefore + 3 - trip.length);
  const before = pad(-1).slice(0, placed - tripBefore);
  const dates = [...trip, ...before, ...pad(1)].slice(0, 3);
  return dates.map((date) => writeLike(date, style, abbreviated));
}

export function dateQuestions(
  analysis: SectionAnalysis,
  published: string,
  tripDates: readonly string[] = [],
  sections: readonly SectionAnalysis[] = [],
): QuestionDraft[] {
  const { section } = analysis;
  const frame = mainFrame(analysis);
  const words = frame ? describeEvent(frame, zhAt(section.place), section.labelZh) : null;
  if (!analysis.day) return [];
  const texts = sections.flatMap((other) => other.sentences.map((sentence) => sentence.text));
  if (!words || metOnAnotherDay(words.frame, analysis, sections)) return dateCloze(analysis, published, tripDates, texts);
  // "When did Hu attend the summit?": a gathering's other days are no wrong choices; a meeting's are.
  const sameRun = words.frame.event
    ? new Set([...gatheringDays(words.frame.event, texts, published, analysis.day), ...sidelineDays(words.frame.event, analysis, sections)])
    : new Set<string>();
  // "attend the United Nations High-level Meeting": the event's name already says where.
  const place = section.place && !words.en.toLowerCase().includes(section.place.toLowerCase()) ? ` ${inPlace(section.place)}` : "";
  const base = { section: section.id, kind: "date" as const, alsoCorrect: [] };
  // Prefer the event's own sentence; otherwise any sentence of the section stating that date,
  // unless the event is told in a photo caption among the paragraphs (a feature's second
  // caption, "… met Zulu King Goodwill Zwelithini"): a photo's moment is dated by its own
  // caption only, not by the first ("… with Nathi Mthethwa, April 24").
  const ownCaption =
    words.frame.line !== section.caption?.line && section.paragraphs.some((paragraph) => paragraph.line === words.frame.line && readsAsCaption(paragraph.text));
  const candidates = [
    { text: words.frame.sentence, line: words.frame.line },
    ...analysis.sentences.filter((sentence) => !ownCaption || sentence.line === words.frame.line),
  ];
  for (const sentence of candidates) {
    const written = writtenDate(sentence.text, published);
    if (written?.iso !== section.date) continue;
    const pool = padLike(written.text, datePool(written.iso, written.style, tripDates, written.abbreviated, sameRun, sentence.text));
    return [
      {
        ...base,
        // "May 19" with no year written: the prompt gives the year, or a learner meeting it
        // among other visits' questions cannot tell which visit is meant.
        prompt:
          written.style === "md"
            ? { en: `When in ${written.iso.slice(0, 4)} ${words.en}${place}?`, zh: `${words.zh}是在${written.iso.slice(0, 4)}年的哪一天？` }
            : { en: `When ${words.en}${place}?`, zh: `${words.zh}是在哪一天？` },
        answer: written.text,
        accept: [...new Set([written.text, writeLike(written.iso, "mdy"), writeLike(written.iso, "dmy"), written.iso])],
        source: sentence.text,
        sourceLine: sentence.line,
        pool,
        score: 0.8,
      },
    ];
  }
  // A weekday alone ("on Tuesday") is no date worth learning: nothing is asked.
  return [];
}

/**
 * The days of other sections with a meeting "on the sidelines of" the event: it was still
 * running then ("When did Wang Yi attend the G20 Foreign Ministers' Meeting?" on the 20th, and
 * on the 21st he met Lamola on its sidelines).
 */
function sidelineDays(event: string, analysis: SectionAnalysis, sections: readonly SectionAnalysis[]): string[] {
  // "the Group of 20 (G20) Foreign Ministers' Meeting" is "the G20 Foreign Ministers' Meeting".
  const plain = (text: string) => text.replace(/\bGroup\s+of\s+(?:20|Twenty)\s+\((G-?20)\)/gi, "$1").replace(/\bG-20\b/g, "G20");
  const sidelines = new RegExp(`\\bsidelines\\s+of\\s+(?:the\\s+)?${escapeRegExp(plain(event).replace(/^the\s+/i, ""))}`, "i");
  return sections
    .filter((other) => other !== analysis && other.day && other.sentences.some((sentence) => sidelines.test(plain(sentence.text))))
    .map((other) => other.day!);
}

/**
 * "When did Xi meet with Obama in Beijing?" where they also met the day before: another
 * section of another day with both of them asks the same, so only the sentence can.
 */
function metOnAnotherDay(frame: EventFrame, analysis: SectionAnalysis, sections: readonly SectionAnalysis[]): boolean {
  const pair = [frame.subjects[0], frame.objects[0] ?? frame.subjects[1]].filter((person) => person !== undefined);
  if (pair.length < 2) return false;
  return sections.some((other) => {
    if (other === analysis || other.day === null || other.day === analysis.day) return false;
    // "meet" is any meeting of the two; talks or a press conference only one of their own kind.
    if (frame.verb === "meet") return pair.every((person) => other.participants.some((participant) => participant.name === person.name));
    if (frame.verb === "talks" && talksByTitle(other, pair)) return true;
    return other.frames.some((found) => found.verb === frame.verb && pair.every((person) => [...found.subjects, ...found.objects].includes(person)));
  });
}

/**
 * "Xi held cordial talks with the vice president and the crown prince" on the day before the
 * talks asked: the counterpart by office alone, whose talks those were too.
 */
function talksByTitle(other: SectionAnalysis, pair: readonly { name: string; title: string | null }[]): boolean {
  const [visitor, counterpart] = pair;
  const office = counterpart?.title?.toLowerCase();
  if (!visitor || !office) return false;
  // The visitor by the short name a report uses: the first word of a Chinese name ("Xi"), the last of others ("Obama").
  const words = visitor.name.split(/\s+/);
  const short = [...new Set([words[0]!, words.at(-1)!])].map(escapeRegExp).join("|");
  const held = new RegExp(`\\b(?:${short})\\b[^.]{0,30}?\\b(?:held|had|holds)\\s+(?:\\w+\\s+)?talks\\s+with\\s+the\\s+([a-z][a-z -]+)`, "g");
  // "the vice president and the crown prince at the airport": each office, up to where the place begins.
  const offices = (told: string) => told.split(/\s+(?:and|at|in|on|during|after|before|who|which|to|for)\s+(?:the\s+)?/).filter((title) => title.length > 3);
  // "the president" is not the vice president.
  const holds = (title: string) => new RegExp(`(?<!vice\\s)\\b${escapeRegExp(title)}\\b`).test(office);
  return other.sentences.some(({ text }) => [...text.matchAll(held)].some((match) => offices(match[1]!).some(holds)));
}

// "Premier Li was back in Beijing on the afternoon of ____", "The leaders pose for a group
// photo …, ____": the flight home and the photo call are logistics, not the visit's days to learn.
const NO_DAY_TO_LEARN =
  /\b(?:(?:was|is|arrived)\s+back\s+(?:in|to|home)|return(?:ed|s)?\s+(?:to\s+Beijing|home)|pose[sd]?\s+for\s+(?:a\s+)?(?:group|family)\s+(?:photo|picture))\b/i;

/** No event to describe ("Qin Gang said … on May 6"): ask for the date in its own sentence. */
function dateCloze(analysis: SectionAnalysis, published: string, tripDates: readonly string[], texts: readonly string[]): QuestionDraft[] {
  // The report's own sentences before its photos' captions, which show a moment of the day.
  const captions = new Set([
    analysis.section.caption?.line,
    ...analysis.section.paragraphs.filter((paragraph) => readsAsCaption(paragraph.text)).map((paragraph) => paragraph.line),
  ]);
  const sentences = [...analysis.sentences.filter(({ line }) => !captions.has(line)), ...analysis.sentences.filter(({ line }) => captions.has(line))];
  for (const sentence of sentences) {
    if (sentence.fragment || NO_DAY_TO_LEARN.test(sentence.text)) continue;
    const written = writtenDate(sentence.text, published);
    if (written?.iso !== analysis.section.date) continue;
    // "ANKARA, ____ (Xinhua) --": a dateline's date is the filing's, not the event's to recall;
    // so is "BEIJING, June 16, 2025 Chinese President …", a dateline whose dash was lost.
    const before = sentence.text.slice(0, sentence.text.indexOf(written.text));
    if (before.length < (DATELINE_PREFIX.exec(sentence.text)?.[0].length ?? 0) || /^\p{Lu}[\p{Lu} .'’-]+,\s*$/u.test(before)) continue;
    // "visited Egypt on June 17-18": a span's first day, cut from it ("on ____-18"), is no date.
    if (/^\s*[-–]\s*\d/.test(sentence.text.slice(sentence.text.indexOf(written.text) + written.text.length))) continue;
    // A caption's photo credit ("[Photo/Xinhua]", "(Xinhua/Liu Bin)") is no part of what it says.
    const cloze = blanked(sentence.text, written.text).replace(PHOTO_CREDIT, "").replace(POSITION_MARKER, "");
    return [
      {
        section: analysis.section.id,
        kind: "date",
        prompt: { en: `Fill in the date: ${quotedSentence(cloze)}`, zh: `请填写句中空缺的日期：${quotedSentence(cloze)}` },
        answer: written.text,
        accept: [...new Set([written.text, writeLike(written.iso, "mdy"), writeLike(written.iso, "dmy"), written.iso])],
        source: sentence.text,
        sourceLine: sentence.line,
        pool: padLike(
          written.text,
          datePool(written.iso, written.style, tripDates, written.abbreviated, gatheringDays(sentence.text, texts, published, written.iso), sentence.text),
        ),
        alsoCorrect: [],
        score: 0.7,
      },
    ];
  }
  return [];
}
