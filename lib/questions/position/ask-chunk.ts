import type { QuestionDraft } from "../draft";
import type { EventContext } from "../event-context";
import { phrasebook } from "../phrasebook";
import { collocations } from "../collocations";
import { type GovernedChunk, withGovernor } from "./governed-chunks";
import type { Position } from "../positions";
import { cloze, contextEn, contextZh } from "./cloze-text";
import { type DocumentPositions, contentWords, fold, rarity, similar } from "./position-index";

// The last resort of a position: a cloze on a plain noun phrase, wrong choices taken from
// the same slot in what other parties said.

type Chunk = GovernedChunk;

const CHUNK_MEMO = new WeakMap<DocumentPositions, Map<Position, Chunk[]>>();

function chunksOf(position: Position, index: DocumentPositions): Chunk[] {
  let memo = CHUNK_MEMO.get(index);
  if (!memo) CHUNK_MEMO.set(index, (memo = new Map()));
  let chunks = memo.get(position);
  if (!chunks) memo.set(position, (chunks = withGovernor(position.sentence.text).filter((chunk) => chunk.start >= position.contentStart)));
  return chunks;
}

/** Slots narrow enough that what fills them in another sentence fits here too. */
const CHUNK_SLOTS = new Set(["in", "on", "for", "against", "including", "verb", "with", "through", "of", "from", "by", "into", "among", "between", "toward", "towards", "under", "within", "as"]);
/** "Xi is a ____" takes any noun phrase at all: what follows a copula has no fair wrong choices. */
const COPULAS = new Set(["is", "are", "was", "were", "be", "been", "being", "become", "becomes", "became", "remain", "remains", "as", "has", "have", "had"]);

const isDet = (slot: string) => slot.startsWith("det");
const fitsSlot = (slot: string) => CHUNK_SLOTS.has(slot) || slot.startsWith("det");

/** Noun phrases of other visits' pledges (the phrasebook), read once. */
const PHRASEBOOK_CHUNKS = [["do", "for", "against", "do-noun", "for-noun", "against-noun"].flatMap((group) => phrasebook(group).flatMap(withGovernor))];

/**
 * Chunks not worth a blank, or misread: time spans ("past decade", "new era") teach
 * nothing; a number is a number question's; a chunk ending in a verb or a dangling
 * modifier ("peace talks and hopes", "opportunity rather", "model of mutual") is no noun phrase.
 */
const UNFIT_CHUNK = /\d|\b(?:decade|decades|century|era|years?|months?|days?|weeks?|time|times|today|future)$|\b(?:rather|mutual|bigger|hopes|changes|becomes|said|says)$/i;

/** "a ____" takes a consonant sound, "an ____" a vowel: a choice of the other kind reads wrong and tells. */
const ARTICLE_BEFORE = /\b(an?)\s+$/i;
const startsWithVowel = (text: string) => /^[aeiou]/i.test(text) && !/^(?:uni|use|eu|one)/i.test(text);

const plain = (text: string) => fold(text).replace(/-/g, " ");
/** "high level" / "high-level development": one inside the other is the same phrase, not a wrong choice. */
const variantOf = (a: string, b: string) => plain(a).includes(plain(b)) || plain(b).includes(plain(a));

const plural = (text: string) => /s$/.test(text.split(/\s+/).pop() ?? "");

/**
 * A cloze on a plain noun phrase ("security capacity building"): wrong choices are noun
 * phrases that fill the same slot ("in ____") in what OTHER parties said, of a like length
 * and number, and never something this party also said.
 */
export function chunkQuestion(position: Position, index: DocumentPositions, section: string, context: EventContext | null): QuestionDraft | null {
  // What this party said at this event may not be a wrong choice; what it said at another
  // event may: the blank asks what was said here, and the sentence is shown.
  const own = index.all.filter(({ position: other, section: at }) => at === section && other.holder.members.some((member) => position.holder.members.includes(member)));
  const ownText = [position.sentence.text, ...own.map(({ position: other }) => other.sentence.text)].map(fold);
  const elsewhere = [...index.all.filter(({ position: other }) => !own.some((mine) => mine.position === other) && other !== position).map(({ position: other }) => chunksOf(other, index)), ...PHRASEBOOK_CHUNKS];
  const text = position.sentence.text;
  const candidates = chunksOf(position, index)
    .filter((chunk) => !UNFIT_CHUNK.test(chunk.text) && !COPULAS.has(chunk.governor))
    .map((chunk) => {
      const article = ARTICLE_BEFORE.exec(text.slice(0, chunk.start))?.[1]?.toLowerCase();
      const length = chunk.text.split(/\s+/).length;
      const seen = new Set<string>();
      const choices: string[] = [];
      // Noun phrases that followed the same word: in this document (other parties, other
      // events), then in other visits' releases.
      const sameSlot = elsewhere.flat().filter((candidate) => candidate.governor === chunk.governor && isDet(candidate.slot) === isDet(chunk.slot));
      for (const theirs of [sameSlot, collocations(chunk.governor).map((text) => ({ text }))]) {
        for (const candidate of theirs) {
          const key = fold(candidate.text);
          if (seen.has(key) || plural(candidate.text) !== plural(chunk.text)) continue;
          if (Math.abs(candidate.text.split(/\s+/).length - length) > 1 || similar(candidate.text, chunk.text)) continue;
          if (UNFIT_CHUNK.test(candidate.text) || variantOf(candidate.text, chunk.text) || choices.some((kept) => variantOf(kept, candidate.text))) continue;
          if (article && startsWithVowel(candidate.text) !== (article === "an")) continue;
          if (ownText.some((text) => text.includes(key))) continue;
          seen.add(key);
          choices.push(candidate.text);
        }
      }
      return { chunk, choices };
    })
    .filter(({ choices, chunk }) => choices.length >= 2 && contentWords(chunk.text).length >= 2 && fitsSlot(chunk.slot))
    .sort((a, b) => rarity(b.chunk.text, index) - rarity(a.chunk.text, index) || a.chunk.start - b.chunk.start);
  const best = candidates[0];
  if (!best) return null;
  const sentence = cloze(position, best.chunk.start, best.chunk.text.length);
  // "… promote the ____." says too little to decide between noun phrases.
  if (sentence.replace(/…/g, "").split(/\s+/).filter(Boolean).length < 8) return null;
  return {
    section,
    kind: "agreement",
    prompt: { en: `Fill in the blank${contextEn(context)}: “${sentence}”`, zh: `请填空${contextZh(context)}：“${sentence}”` },
    answer: best.chunk.text,
    accept: [best.chunk.text],
    source: position.sentence.text,
    sourceLine: position.sentence.line,
    pool: best.choices,
    alsoCorrect: [],
    score: 0.65,
  };
}
