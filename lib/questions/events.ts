import type { Person } from "./people";
import type { MentionFinder } from "./mentions";
import { POSITION_MARKER } from "./tokens";
import { VERBS } from "./event-verbs";
import { anotherTime } from "./event-time";
import { unclosedBracket, withoutBrackets } from "../text/brackets";
import { escapeRegExp } from "../text/escape-reg-exp";

// Who did what at the section's event: "A met with B", "A held X with B", "A attended X",
// "A chaired X", "A was present", "A and B jointly met the press". Each verb phrase splits
// its sentence into subjects (before it, within the clause) and objects (after it).

export type EventVerb =
  "meet" | "talks" | "phone" | "hold" | "press" | "attend" | "chair" | "speak" | "present" | "remarks" | "arrive" | "agree" | "greet" | "award" | "visit";

/** Verbs with a counterpart after them: "A met with B", "A held talks with B", "A had a phone call with B". */
export const ENCOUNTERS: readonly EventVerb[] = ["meet", "talks", "phone"];
/** Verbs whose objects also took part, though the prompt cannot name the encounter. */
const SPOKESPERSON_BEFORE = /\bspokes(?:person|man|woman)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}$/u;
const NO_EVENT: readonly EventVerb[] = ["present", "arrive", "agree", "greet", "visit"];
// "… while meeting the press with Mali President B": B met the press too.
const WITH_OBJECTS: readonly EventVerb[] = ["hold", "remarks", "chair", "attend", "greet", "award", "press"];

export type EventFrame = {
  verb: EventVerb;
  subjects: Person[];
  objects: Person[];
  /** What was attended, chaired or held ("the fifth … Dialogue"), or null. */
  event: string | null;
  sentence: string;
  line: number;
};

const VERB_PATTERN = new RegExp(`\\b(?:${VERBS.map(([, source]) => `(${source})`).join("|")})\\b`, "g");
const CLAUSE_BREAK = /,\s+and\s+|;\s+|,\s+(?:who|which|while)\s+/g;
// "and" ends an event's name only before a lower-case word: "Foreign and Strategic Dialogue" stays whole.
// "… hosted by Myanmar President U Win Myint Friday evening in …": a weekday ends it too.
const EVENT_END =
  /\s+(?:(?:along|together)\s+)?(?:in|with|on|at|during|via|after|before|from|here|there)\s|\s+and\s+(?=\p{Ll})|\s+(?:here|there)\b|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|[,;]|(?<!(?:^|[\s.])\p{Lu})\./u;

// What an event's name ends with: "… leaders' meeting", "… Forum", "… ceremony".
const EVENT_NOUN =
  /\b(?:meeting|meetings|summit|forum|ceremony|dialogue|conference|talks|banquet|dinner|luncheon|reception|event|session|celebration|gala|exhibition|expo|festival|roundtable|symposium|seminar|assembly)$/i;

function eventPhrase(text: string): string | null {
  // "a welcoming ceremony held by Queen Margrethe II (L) in Copenhagen": the photo's marker goes.
  const marked = text.replace(POSITION_MARKER, "");
  // "the 20th ASEAN (…) Plus Three (China, Japan and the Republic of Korea (ROK)) (10+3) Foreign
  // Ministers' Meeting": a name would end at the comma inside its brackets, so they go.
  const rest = unclosedBracket(marked.split(EVENT_END)[0]!) ? withoutBrackets(marked) : marked;
  const ends = [...rest.matchAll(new RegExp(EVENT_END.source, "gu"))];
  let phrase = rest.split(EVENT_END)[0]!.trim();
  // "a Chinese and central and eastern Europe leaders' meeting": a lower-case "and" ends the
  // name only where what comes before it is a whole event; otherwise the name runs on to
  // its event noun, if one follows before the clause ends.
  for (const end of ends) {
    const before = rest.slice(0, end.index).trim();
    if (EVENT_NOUN.test(before)) {
      phrase = before;
      break;
    }
    if (!/^\s+and\s+$/.test(end[0])) break;
  }
  // "the 8th Trilateral Foreign Ministers' Meeting among China, Japan and the ROK": a list of
  // parties after "among" or "between" belongs to the name, its commas too.
  const parties = /\b(?:among|between)\s+\p{Lu}[\p{L}-]*$/u.test(phrase)
    ? new RegExp(`^${escapeRegExp(phrase)}((?:,\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*)*,?\\s+and\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*)`, "u").exec(rest.trim())
    : null;
  if (parties) phrase += parties[1];
  // "the above activities", "these events": a pointer to other sentences, no event's name.
  if (/^the\s+(?:above|aforementioned|said)\b/i.test(phrase)) return null;
  return /^(?:the|a|an)\s+\S/i.test(phrase) ? phrase : null;
}

const THE_TWO = /^(?:The|the)\s+two\s+(?:foreign\s+ministers|ministers|leaders|presidents|prime\s+ministers|premiers|heads\s+of\s+(?:state|government))\s/;

// A verb or a relative between a name and its verb: the commas part clauses, not titles.
const TITLE_CHAIN_VERB = /\b(?:said|says|met|meets|held|holds|had|has|have|is|was|were|are|will|would|who|which|that|when|while|after|before|during)\b/;

/** Event frames of one sentence. */
/** "Xi Jinping's special representative": a possessive of anything but the person's own part in an event ("Xi's meeting with Rutte"). */
const OWNS_OTHER = /^['’]s\s+(?!(?:[\w-]+\s+){0,2}(?:meeting|meetings|talks|visit|arrival|trip|tour|speech|remarks|departure|call)\b)/;
// "… as the special envoy of President Xi Jinping, met with Ban": whom an envoy stands for
// was not there. Capitalised too: "Special Envoy of President Xi Jinping and Vice Premier
// Zhang Gaoli attended …" (Xi was in Beijing).
const SENT_BY = /\b(?:[Ee]nvoy|[Rr]epresentative|[Ee]missary|behalf)\s+of\s+(?:[\p{L}.'’-]+\s+){0,4}$/u;

export function eventFrames(sentence: string, line: number, find: MentionFinder, previous: Person | null = null, lastTwo: Person[] = []): EventFrame[] {
  // Short forms count ("Li made the remarks …"): the finder resolves only those that name one person.
  const mentions = find(sentence);
  const breaks = [...sentence.matchAll(CLAUSE_BREAK)].map((match) => match.index);
  const matched = [...sentence.matchAll(VERB_PATTERN)].map((match) => {
    const verb = VERBS[match.slice(1).findIndex((group) => group !== undefined)]![0];
    // "While meeting with B, A …" and "In his talks with B, A …": the phrase's subject is the main clause's.
    return { verb, start: match.index, end: match.index + match[0].length, participle: /^(?:\w+ing|[Ii]n|[Dd]uring|[Aa]t)\b/.test(match[0]) };
  });
  // "Qin, accompanied by B, visited …": the visit that follows takes everyone named before
  // it; "accompanied by" is the encounter only when no other verb follows.
  // "B of Myanmar, which holds the rotating chair of ASEAN this year, presided over …": a verb
  // inside a relative aside is no event of the sentence.
  const asides = [...sentence.matchAll(/,\s+(?:who|which)\b[^,;]*,/g)].map((match) => [match.index, match.index + match[0].length] as const);
  const verbs = matched
    .filter((verb) => !asides.some(([from, to]) => verb.start > from && verb.start < to))
    .filter((verb, i, kept) => i === kept.length - 1 || !/^[Aa]ccompanied/.test(sentence.slice(verb.start)));
  const frames: EventFrame[] = [];
  verbs.forEach((current, i) => {
    const made = frameAt(current, i);
    if (made) frames.push(made);
  });
  return frames;

  /**
   * "looks forward to attending …", "will meet …", "is to hold …", "will also be attending":
   * not (yet) an event; nor "the APEC meeting to be hosted by Peru"; nor a verb joined to one of
   * those by "and" ("Hu will meet with the Queen and hold talks with the Prime Minister").
   */
  function stillToCome(i: number): boolean {
    const verb = verbs[i]!;
    if (
      /\b(?:to|will|would|shall|plans?|expected|scheduled)\s+(?:(?:also|then|later|first)\s+)?(?:be\s+)?$/.test(
        sentence.slice(Math.max(0, verb.start - 25), verb.start),
      )
    )
      return true;
    // "… is scheduled to meet with X and hold talks with Y": the plan's second verb as well.
    if (
      /\b(?:will|would|shall|(?:is|are)\s+(?:(?:scheduled|expected|set|due|going)\s+)?to)\s+(?:also\s+)?[a-z]+\b[^,;.]*\band\s+$/.test(
        sentence.slice(0, verb.start),
      )
    )
      return true;
    // "He will hold talks with Rasulzoda, jointly meet the press and witness …": a list of plans.
    return i > 0 && /^(?:[^,;.]*\band|[^;.]*,)\s+(?:(?:jointly|also|then)\s+)?$/.test(sentence.slice(verbs[i - 1]!.end, verb.start)) && stillToCome(i - 1);
  }

  function frameAt(current: (typeof verbs)[number], i: number): EventFrame | null {
    if (stillToCome(i)) return null;
    if (anotherTime(sentence, current.start, current.end)) return null;
    const previousEnd = verbs[i - 1]?.end ?? 0;
    // "A and his counterpart, B, who is on a state visit to China, witnessed …": the relative
    // clause right before the verb is an aside, and the subjects stand before it.
    // "Wang, who attended …, made the remarks in a phone conversation with B": so is the one
    // before "made the remarks", the words that lead up to the encounter.
    // "A, who is Acting Director-General of …, and B signed the agreement": so is one inside a
    // list of those who did it.
    const aside = (at: number) =>
      asides.some(([from, to]) => (from === at || at === to - 1) && /^(?:made\s+the\s+remarks|and\s+[^,;]*)?$/.test(sentence.slice(to, current.start).trim()));
    const clauseStart = Math.max(previousEnd, ...breaks.filter((at) => at < current.start && !aside(at)));
    const nextStart = verbs[i + 1]?.start ?? sentence.length;
    // "While meeting with B, A said …": the participle's phrase ends at its comma. Only a phrase
    // that opens the sentence: in "He made the remarks … when meeting with B, president of …,
    // and C", the comma is B's title's, and the subject is the one before.
    const fronted = current.participle && sentence.slice(0, current.start).trim().split(/\s+/).filter(Boolean).length <= 2;
    const comma = fronted ? sentence.indexOf(",", current.end) : -1;
    const clauseEnd = Math.min(nextStart, ...breaks.filter((at) => at > current.end), comma >= 0 ? comma : sentence.length);
    // "Han Zheng, who is also President Xi Jinping's special representative, meets with …":
    // a possessive names whose something is, not who took part.
    const between = (from: number, to: number) => [
      ...new Set(
        mentions
          .filter(
            (m) =>
              m.start >= from &&
              m.end <= to &&
              !OWNS_OTHER.test(sentence.slice(m.end)) &&
              !SENT_BY.test(sentence.slice(Math.max(0, m.start - 60), m.start)) &&
              // Whoever a relative aside names ("A, who met B last week, and C …") is no party,
              // unless the words scanned are the aside's own (a verb inside it reads its people).
              !asides.some(([start, end]) => m.start > start && m.end < end && (start > from || end < to)),
          )
          .map((m) => m.person),
      ),
    ];
    // "meeting with Peter Thomson, president of the 71st UN General Assembly, and UN
    // Secretary-General Antonio Guterres": the ", and" ends B's title, not the clause.
    const listedAfter = (end: number): Person[] => {
      const and = /^,\s+and\s+/.exec(sentence.slice(end));
      if (!and) return [];
      const next = mentions.find((m) => m.start >= end + and[0].length);
      const title = next ? sentence.slice(end + and[0].length, next.start) : "";
      // "…, and Li said …" / "…, and C held talks with D": C begins a clause of its own.
      const ownClause =
        next &&
        /^[^,;.]*?\b(?:said|says|noted|stressed|added|told|held|met|attended|signed|visited|will|was|were|is|are|has|have)\b/.test(sentence.slice(next.end));
      return next && !ownClause && /^(?:\p{Lu}[\p{L}'’.-]*[\s-]+)*$/u.test(title) ? [next.person] : [];
    };
    let subjects = between(clauseStart, current.start);
    // "Han met with the King and held talks with Prime Minister Rutte": the second verb is Han's too.
    const previousFrame = frames[frames.length - 1];
    if (
      previousFrame &&
      /^[^,;.]*\band\s+$/.test(sentence.slice(previousEnd, current.start)) &&
      /^\s*(?:\S+\s+){0,6}?and\s+$/.test(sentence.slice(previousEnd, current.start))
    ) {
      subjects = previousFrame.subjects;
    }
    // "Kerry, who is …, and Wang held talks with Kerry's delegation …": nobody meets themselves.
    const objects = (
      ENCOUNTERS.includes(current.verb) || WITH_OBJECTS.includes(current.verb) ? [...between(current.end, clauseEnd), ...listedAfter(clauseEnd)] : []
    ).filter((person) => !subjects.includes(person));
    // "While meeting with B, A said …": the subject of a participle is the main clause's.
    if (subjects.length === 0 && fronted) subjects = between(clauseEnd, sentence.length).slice(0, 1);
    // "Yang Jiechi, Special Representative of President Xi Jinping, Member of …, and Director
    // of …, met with B": the subject stands before the chain of his titles (in which no one
    // else took part: not a list of names, "A, B, C and D were present").
    if (subjects.length === 0 && !fronted) {
      const head = mentions.find(
        (m) =>
          m.end <= clauseStart &&
          /^,[^;.]*,\s*$/.test(sentence.slice(m.end, current.start)) &&
          !TITLE_CHAIN_VERB.test(sentence.slice(m.end, current.start)) &&
          between(m.end, current.start).length === 0,
      );
      if (head) subjects = [head.person];
    }
    // "He co-chaired the talks with B": the pronoun is the person the text was talking about.
    if (subjects.length === 0 && previous && /^(?:He|She)\s/.test(sentence.slice(clauseStart).trimStart())) subjects = [previous];
    // "… Foreign Minister Faisal … Foreign Minister Wang Yi … The two foreign ministers held
    // talks": the two people named last.
    if (
      subjects.length === 0 &&
      objects.length === 0 &&
      lastTwo.length === 2 &&
      ENCOUNTERS.includes(current.verb) &&
      THE_TWO.test(sentence.slice(clauseStart).trimStart())
    )
      subjects = lastTwo;
    if (subjects.length === 0 && objects.length === 0) return null;
    if (/^announced/.test(sentence.slice(current.start)) && subjects.length < 2) return null;
    // "… will pay a state visit to China, Chinese foreign ministry spokesperson Hua Chunying
    // announced": the spokesperson announced it, and the people named before took part in nothing yet.
    // "…, it was announced on Tuesday": announced by no one named.
    if (
      /^announced/.test(sentence.slice(current.start)) &&
      (SPOKESPERSON_BEFORE.test(sentence.slice(0, current.start)) || /\b(?:was|were|been|being|is|are)\s+$/.test(sentence.slice(0, current.start)))
    )
      return null;
    // "He called on the young diplomats … to …": an urging, unless it names whom he visited.
    if (/^call(?:ed|s)\s+on/.test(sentence.slice(current.start)) && objects.length === 0) return null;
    const event = ENCOUNTERS.includes(current.verb) || NO_EVENT.includes(current.verb) ? null : eventPhrase(sentence.slice(current.end));
    return { verb: current.verb, subjects, objects, event, sentence, line };
  }
}
