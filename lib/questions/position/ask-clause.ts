import { splitClauses } from "../clauses";
import type { QuestionDraft } from "../draft";
import type { EventContext } from "../event-context";
import { countriesIn, partiesNamed } from "../parties";
import { STANCE_GROUP, phrasebook, withoutPartner } from "../phrasebook";
import type { Position } from "../positions";
import { WORLD_SCALE, askFor, boilerplate, gerundLed, listedAsk, pointAsk } from "./clause-asks";
import { contextEn, whenZh } from "./cloze-text";
import { type DocumentPositions, contentWords, fold, rarity, similar, touches } from "./position-index";

// Questions on what a party pledged as a whole clause: "What did Pakistan say it would
// do?" (clauses other parties or other visits held as wrong choices), and "Who said they
// would …?" (the parties as choices).

const MAX_CLAUSE_WORDS = 14;
const MIN_CLAUSE_WORDS = 3;
/** How many questions of one document may offer the same stock phrase as a wrong choice. */
const MAX_STOCK_USES = 2;

/** How a holder is named among the choices of "Who said …?": "China", "Both sides". */
function holderLabel(holder: Position["holder"]): string {
  if (!holder.key.startsWith("joint")) return holder.en;
  if (holder.en.includes(" and ")) return holder.en;
  return holder.members.length >= 3 ? "All three sides" : "Both sides";
}

const SPEECH = /\b(?:said|says|noted|stressed|emphasized|added|pointed out|told)\b/;
const JOINT_WORDS = /\b(?:both sides|the two sides|the three (?:sides|parties)|both countries|the two countries|all three sides)\b/i;

const HOLDER_ASK: Partial<Record<Position["stance"], { en: string; zh: string }>> = {
  agree: { en: "would", zh: "将" },
  pledge: { en: "would", zh: "将" },
  support: { en: "supported", zh: "支持" },
  oppose: { en: "opposed", zh: "反对" },
};

/**
 * "Who said they would ‘strengthen cultural and people-to-people exchanges’?" — which party
 * took a position, when its words name no party (which would tell) and no other party said
 * much the same (which would make two answers right).
 */
export function holderQuestion(position: Position, index: DocumentPositions, section: string, context: EventContext | null): QuestionDraft | null {
  const verb = HOLDER_ASK[position.stance];
  const clause = keyClause(position, index);
  if (!verb || !clause || boilerplate(clause.text) || (position.stance === "pledge" && position.form === "noun")) return null;
  // "Wang said both sides support …": China said it, of both sides; either answer is defensible.
  if (position.holder.key.startsWith("joint") && SPEECH.test(position.sentence.text)) return null;
  // Only a sentence whose own subject is the pair ("The two sides agreed …") is theirs beyond
  // doubt; otherwise someone earlier in the paragraph may be speaking for both.
  if (position.holder.key.startsWith("joint") && !/^(?:[A-Z][\p{L}]*,\s+)?(?:The two|Both|The three|All three)\b/u.test(position.sentence.text)) return null;
  // "Beijing stands ready …", "… the meeting in Beijing": a capital tells the side as its country does.
  if (partiesNamed(clause.text.replace(/-/g, " ")).size > 0 || /\b(?:its|their|his|her|our|both|three|each other)\b/i.test(clause.text)) return null;
  // The answer as the sentence names the holder ("The two sides", "China"), so it can be cited.
  const surface = JOINT_WORDS.exec(position.sentence.text)?.[0];
  const answer = position.holder.key.startsWith("joint") && surface ? surface[0]!.toUpperCase() + surface.slice(1) : holderLabel(position.holder);
  if (!fold(position.sentence.text).includes(fold(answer))) return null;
  const others = new Map<string, string>();
  for (const { position: other, section: at } of index.all) {
    if (other.holder.key === position.holder.key) continue;
    // Another party said much the same: two answers would be right.
    if (choiceClauses(other).some((theirs) => similar(theirs.text, clause.text))) return null;
    // Only the parties of this event: Afghanistan among the choices of a meeting with
    // Pakistan's president is ruled out by the prompt.
    if (at === section) others.set(other.holder.key, holderLabel(other.holder));
  }
  // "China and the EU" beside "Both sides" names the same pair: never both.
  const same = (label: string) =>
    label === answer || (position.holder.key.startsWith("joint") && position.holder.members.every((member) => label.includes(member.replace(/^the\s+/, ""))));
  // "Both sides" beside "The two sides" (the same pair, named two ways): held by key, not label.
  const pool = [
    ...new Set(
      [...others]
        .filter(([key]) => key !== position.holder.key && !(key.startsWith("joint") && position.holder.key.startsWith("joint")))
        .map(([, label]) => label),
    ),
  ].filter((label) => !same(label));
  if (pool.length < 2) return null;
  const quotedClause = `“${clause.text}”`;
  const what = verb.en === "would" ? `they would ${quotedClause}` : `they ${verb.en} ${quotedClause}`;
  return {
    section,
    kind: "agreement",
    prompt: { en: `Who said ${what}${contextEn(context)}?`, zh: `${whenZh(context)}哪一方表示${verb.zh}：${quotedClause}？` },
    answer,
    accept: [answer],
    source: position.sentence.text,
    sourceLine: position.sentence.line,
    pool,
    alsoCorrect: [],
    score: 0.7,
    asks: `holder|${clause.text}`,
  };
}

/** Every clause of a position short enough to be offered as a choice. */
function choiceClauses(position: Position): { text: string; start: number }[] {
  return (
    splitClauses(position.content)
      .slice(0, position.form === "noun" ? 1 : undefined)
      .map((clause) => withoutPartner({ text: clause.text.replace(/,$/, ""), start: position.contentStart + clause.start }))
      // "jointly advance …" among choices that never say "jointly": the adverb marks the answer.
      .map((clause) => {
        const lead = /^(?:jointly|together|further|actively)\s+/.exec(clause.text);
        return lead ? { text: clause.text.slice(lead[0].length), start: clause.start + lead[0].length } : clause;
      })
      .filter((clause) => {
        const words = clause.text.split(/\s+/).length;
        // "uphold the principles of mutual respect, equality" cut from "…, equality, mutually
        // beneficial cooperation and common development": a list cut short is half a pledge.
        const rest = position.content.slice(clause.start - position.contentStart + clause.text.length);
        if (/,/.test(clause.text) && /^,\s+[\p{Ll}\s-]{1,40}?(?:,|\s+and\s)/u.test(rest)) return false;
        // "within this framework" points at words the choice leaves behind.
        return (
          words >= MIN_CLAUSE_WORDS &&
          words <= MAX_CLAUSE_WORDS &&
          contentWords(clause.text).length >= 3 &&
          !/\b(?:this|these|that|those|such)\s+\p{Ll}/u.test(clause.text) &&
          // "help it build …": whom "it" stands for is in the sentence the choice leaves behind.
          !/\b(?:it|them)\b/.test(clause.text)
        );
      })
  );
}

/** A clause of what is held, short enough to be a choice, as it stands in the sentence. */
function keyClause(position: Position, index: DocumentPositions): { text: string; start: number } | null {
  const clauses = choiceClauses(position);
  return clauses.sort((a, b) => rarity(b.text, index) - rarity(a.text, index) || a.start - b.start)[0] ?? null;
}

/** How much longer than the longest wrong choice the answer may be before its length picks it. */
const LONGEST_RATIO = 1.3;

export function clauseQuestion(
  position: Position,
  index: DocumentPositions,
  section: string,
  context: EventContext | null,
  listed = false,
): QuestionDraft | null {
  const found = askFor(position);
  const ask = found && (listed ? listedAsk(position) : pointAsk(position, found));
  const answer = keyClause(position, index);
  // Without its event, "What did China say it would do?" has the whole visit for an answer.
  if (!ask || !answer || !context || position.stance === "hope" || position.stance === "view" || boilerplate(answer.text)) return null;
  // "… should deepen trust, bringing more benefits to the two peoples": the gerund is what the
  // doing brings, not a thing to do, and reads wrong beside choices that begin with a verb.
  if (position.form === "verb" && gerundLed(answer.text)) return null;
  // "support Italian companies …" among slogans naming no one: the one tied to the visit stands out;
  // so does "their all-weather … partnership", whose "their" is the pair the prompt leaves out.
  if (countriesIn(answer.text.replace(/-/g, " ")).size > 0 || /\b(?:their|its|our)\b/i.test(answer.text)) return null;
  // "Own" positions: the party's, and any it shares ("the two sides" for China, China's for "the two sides").
  const own = index.all.filter(({ position: other }) => other.holder.members.some((member) => position.holder.members.includes(member)));
  const holderCountries = new Set(position.holder.members);
  // What this party (or a joint position it is part of) said, clause by clause.
  const ownClauses = own.flatMap(({ position: mine }) => splitClauses(mine.content).map((clause) => withoutPartner({ text: clause.text, start: 0 }).text));
  const pool: string[] = [];
  for (const { position: other, section: otherSection } of index.all) {
    if (other.form !== position.form || other.holder.key === position.holder.key) continue;
    if (STANCE_GROUP[other.stance] !== STANCE_GROUP[position.stance]) continue;
    if (position.holder.key.startsWith("joint") && otherSection === section) continue;
    // Another party's clause is a fair wrong choice unless this party said much the same (checked below).
    for (const clause of choiceClauses(other)) {
      // A choice naming the asked party ("cooperate with China" for China) gives itself away.
      if ([...countriesIn(clause.text)].some((country) => holderCountries.has(country))) continue;
      if (ownClauses.some((mine) => similar(mine, clause.text))) continue;
      // "its" for one party, "their" for several: a choice of the other number reads wrong.
      if (/\bits\b/.test(clause.text) !== /\bits\b/.test(answer.text) && /\b(?:its|their)\b/.test(clause.text)) continue;
      if (similar(clause.text, answer.text)) continue;
      pool.push(clause.text);
    }
  }
  // Other visits' pledges, naming no one, when this document has too few of its own.
  const group = position.form === "noun" ? `${STANCE_GROUP[position.stance]}-noun` : STANCE_GROUP[position.stance];
  for (const clause of phrasebook(group, index.published)) {
    if ((index.choiceUses.get(clause) ?? 0) >= MAX_STOCK_USES) continue;
    if (!ownClauses.some((mine) => similar(mine, clause)) && !similar(clause, answer.text)) pool.push(clause);
  }
  // "provide global public goods" or "set a good example of how major countries act" beside
  // a pledge about the two countries' trade is the odd one out: world-scale choices only for
  // a world-scale answer.
  const scale = (clause: string) => WORLD_SCALE.test(clause);
  // A choice on anything this meeting spoke of (its exchanges, its stability) is defensible for it.
  const spoken = index.sectionText(section);
  const fitting = pool.filter((clause) => (scale(clause) === scale(answer.text) || !scale(clause)) && !touches(clause, spoken));
  pool.splice(0, pool.length, ...fitting);
  if (pool.length < 2) return null;
  // Closest in length first, so that the answer is not the one long (or short) choice.
  // Two wrong choices that say the same thing drop out together: keep one of each.
  const nearest: string[] = [];
  for (const clause of [...new Set(pool)]
    .filter((candidate) => countriesIn(candidate.replace(/-/g, " ")).size === 0)
    .sort(
      (a, b) =>
        (index.choiceUses.get(a) ?? 0) - (index.choiceUses.get(b) ?? 0) ||
        Math.abs(a.length - answer.text.length) - Math.abs(b.length - answer.text.length) ||
        (a < b ? -1 : 1),
    )) {
    if (nearest.length < 3 && !nearest.some((kept) => similar(kept, clause))) nearest.push(clause);
  }
  if (nearest.length < 2) return null;
  // The one long, specific choice among short slogans is found without reading.
  if (answer.text.length > LONGEST_RATIO * Math.max(...nearest.map((clause) => clause.length))) return null;
  for (const clause of nearest) index.choiceUses.set(clause, (index.choiceUses.get(clause) ?? 0) + 1);
  return {
    section,
    kind: "agreement",
    prompt: {
      en: `${ask.en}${contextEn(context)}?`,
      zh: `${whenZh(context)}${ask.zh}？`,
    },
    answer: answer.text,
    accept: [answer.text],
    source: position.sentence.text,
    sourceLine: position.sentence.line,
    pool: nearest,
    alsoCorrect: [],
    score: 0.7,
    ...(ask.point ? { asks: `point|${answer.text}` } : {}),
  };
}
