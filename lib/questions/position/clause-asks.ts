import { POINT_ORDINAL } from "../../text/english-ordinals";
import type { Position } from "../positions";

// How a clause question asks, by the party's stance ("What did Pakistan say it would do?",
// "Which of these was one of the points listed …?"), and which clauses are not worth asking.

// "Second, jointly advance …": a sentence that is one point of a numbered list.
const POINT_OPENER = new RegExp(`^${POINT_ORDINAL},\\s`);

// Words every release uses of every relationship: a clause made of nothing else ("achieve
// mutual benefit and win-win results", "implement the important common understandings
// reached by leaders of the two countries") teaches nothing of this visit.
const BOILERPLATE = new Set(
  "achieve promote deepen strengthen enhance further continue jointly mutual benefit benefits beneficial win-win results outcomes cooperation common development friendship prosperity shared bilateral relations relationship ties and the of for to in by both sides countries two peoples people bring more greater implement well important consensus understanding understandings reached leaders heads state".split(
    " ",
  ),
);

export function boilerplate(clause: string): boolean {
  return clause
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
    .every(boilerplateWord);
}

export const boilerplateWord = (word: string) => BOILERPLATE.has(word.toLowerCase());

/** "bringing more benefits to the two peoples", "jointly safeguarding …": led by a gerund. */
export const gerundLed = (clause: string) => /^(?:\w+ly\s+)?\w{3,}ing\b/.test(clause);

export const WORLD_SCALE = /\b(?:global|world|worldwide|major countries|international|mankind|humanity|multilateral)\b/i;

export type Ask = { en: string; zh: string };

export function askFor(position: Position): Ask | null {
  const { holder, stance, form } = position;
  const plural = holder.key.startsWith("joint");
  const it = plural ? "they" : "it";
  const H = holder.en.replace(/^the\s/, "the ");
  const Hz = holder.zh;
  switch (stance) {
    case "agree":
      return { en: `What did ${H} agree to do`, zh: `${Hz}商定要做什么` };
    case "pledge":
      return form === "verb"
        ? { en: `What did ${H} say ${it} would do`, zh: `${Hz}表示将做什么` }
        : { en: `What did ${H} say ${it} ${plural ? "are" : "is"} committed to`, zh: `${Hz}表示致力于什么` };
    case "should":
      return { en: `What did the text say ${H} should do`, zh: `文中说${Hz}应当做什么` };
    case "support":
      return { en: `What did ${H} say ${it} ${plural ? "support" : "supports"}`, zh: `${Hz}表示支持什么` };
    case "oppose":
      return { en: `What did ${H} say ${it} ${plural ? "oppose" : "opposes"}`, zh: `${Hz}表示反对什么` };
    case "call":
      return { en: `What did ${H} call for`, zh: `${Hz}呼吁什么` };
    default:
      return null;
  }
}

/**
 * "Second, jointly advance …" is one of several points: "what should they do?" has them all
 * for answers. Asked instead: which of these choices is one of the points listed (the
 * wrong choices are never points of the list, nor anything else this party said), so each
 * point is a question with one right choice, and the asks differ by their answer.
 */
export function pointAsk(position: Position, ask: Ask): (Ask & { point: true }) | (Ask & { point?: false }) {
  if (!POINT_OPENER.test(position.sentence.text)) return ask;
  const { holder } = position;
  const who = holder.en.replace(/^the\s/, "the ");
  return { en: `Which of these was one of the points listed for what ${who} should do`, zh: `下列哪一项是文中所列${holder.zh}应做的要点之一`, point: true };
}

/**
 * `listed`: the position is one point of an agreement of several ("The three parties agreed
 * to uphold …, deepen …, properly handle …"), asked as "Which of these did they agree to
 * do?", so the other points are not missing answers.
 */
export function listedAsk(position: Position): Ask & { point: true } {
  const who = position.holder.en.replace(/^the\s/, "the ");
  return { en: `Which of these did ${who} agree to do`, zh: `${position.holder.zh}商定要做下列哪一项`, point: true };
}
