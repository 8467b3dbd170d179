import { splitClauses } from "../clauses";
import type { QuestionDraft } from "../draft";
import type { EventContext } from "../event-context";
import { countriesIn } from "../parties";
import { withoutPartner } from "../phrasebook";
import type { Position } from "../positions";
import { boilerplate } from "./clause-asks";
import { type DocumentPositions, contentWords, substantive, touches } from "./position-index";

// "At which event did China say it would “build centers for traditional medicine”?" — who
// pledged what where, the events of the visit as choices. Asked only of a clause no other
// event's report touches (so one event alone is right) and that names no party (which would
// point at its event).

const MIN_WORDS = 3;
const MAX_WORDS = 14;
/** Events to choose from: the answer and at least two others. */
const MIN_EVENTS = 3;

const WHAT: Partial<Record<Position["stance"], (holder: string, plural: boolean) => { en: string; zh: string }>> = {
  pledge: (holder, plural) => ({ en: `did ${holder} say ${plural ? "they" : "it"} would`, zh: `${holder}表示将` }),
  agree: (holder) => ({ en: `did ${holder} agree to`, zh: `${holder}商定` }),
  should: (holder) => ({ en: `did the text say ${holder} should`, zh: `文中说${holder}应当` }),
};

/**
 * Whether another event's report says much the same: half the clause's words of substance
 * stand in it ("formulate a five-year plan" where it speaks of a "five-year plan"). One word
 * of five ("opportunity") is no more than both reports' common stock.
 */
function saidAt(clause: string, text: string): boolean {
  const words = substantive(clause);
  return 2 * words.filter((word) => touches(word, text)).length >= words.length;
}

/** Words of substance a clause needs: "enhance mutual trust" is pledged at every meeting. */
const MIN_SUBSTANCE = 2;

export function eventQuestion(
  position: Position,
  index: DocumentPositions,
  section: string,
  contexts: ReadonlyMap<string, EventContext>,
  parties: ReadonlyMap<string, readonly string[]>,
): QuestionDraft | null {
  const what = WHAT[position.stance];
  const here = contexts.get(section);
  if (!what || !here || position.form !== "verb") return null;
  const clause = splitClauses(position.content)
    .map((part) => withoutPartner({ text: part.text.replace(/[,.;]$/, "").trim(), start: 0 }).text)
    .find((text) => {
      const words = text.split(/\s+/).length;
      return (
        words >= MIN_WORDS &&
        words <= MAX_WORDS &&
        contentWords(text).length >= 3 &&
        substantive(text).length >= MIN_SUBSTANCE &&
        !boilerplate(text) &&
        // A party or a pronoun for one ("help it build …", "the three countries") points at its event.
        countriesIn(text.replace(/-/g, " ")).size === 0 &&
        !/\p{Lu}/u.test(text) &&
        !/\b(?:it|its|them|their|both|three|two|bilateral|trilateral|each other|this|these|that|those)\b/i.test(text)
      );
    });
  if (!clause) return null;
  // The other events, each named once; none whose report touches what this clause says.
  const others = new Map<string, string>();
  // Pakistan's pledge among the events Pakistan took part in: one without it is ruled out unread.
  const holderAt = (id: string) => position.holder.key === "China" || position.holder.members.every((member) => parties.get(id)?.includes(member));
  for (const [other, context] of contexts) {
    if (other === section) continue;
    if (saidAt(clause, index.sectionText(other))) return null;
    // "talks with Wang Yi" beside "meeting with Wang Yi": one counterpart, two names the learner cannot tell apart.
    if (context.en === here.en || index.sameCounterpart(section, other)) continue;
    if (holderAt(other)) others.set(context.en, other);
  }
  if (others.size + 1 < MIN_EVENTS) return null;
  const holder = position.holder.en.replace(/^the\s/, "the ");
  const ask = what(holder, position.holder.key.startsWith("joint"));
  const quoted = `“${clause}”`;
  return {
    section,
    kind: "agreement",
    prompt: { en: `At which event ${ask.en} ${quoted}?`, zh: `${ask.zh}${quoted}是在哪一场合？` },
    answer: here.en,
    accept: [here.en],
    source: position.sentence.text,
    sourceLine: position.sentence.line,
    pool: [...others.keys()],
    alsoCorrect: [],
    score: 0.7,
    asks: `event|${clause}`,
  };
}
