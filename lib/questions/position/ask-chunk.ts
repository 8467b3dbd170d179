import type { QuestionDraft } from "../draft";
import type { EventContext } from "../event-context";
import { nounChunks } from "../key-phrases";
import type { Position } from "../positions";
import { cloze, contextEn, contextZh } from "./cloze-text";
import { type DocumentPositions, contentWords, fold, rarity, similar } from "./position-index";

// The last resort of a position: a cloze on a plain noun phrase, wrong choices taken from
// the same slot in what other parties said.

type Chunk = ReturnType<typeof nounChunks>[number];

const CHUNK_MEMO = new WeakMap<DocumentPositions, Map<Position, Chunk[]>>();

function chunksOf(position: Position, index: DocumentPositions): Chunk[] {
  let memo = CHUNK_MEMO.get(index);
  if (!memo) CHUNK_MEMO.set(index, (memo = new Map()));
  let chunks = memo.get(position);
  if (!chunks) memo.set(position, (chunks = nounChunks(position.sentence.text).filter((chunk) => chunk.start >= position.contentStart)));
  return chunks;
}

/** Slots narrow enough that what fills them in another sentence fits here too. */
const CHUNK_SLOTS = new Set(["in", "on", "for", "against", "including", "verb", "det"]);

const plural = (text: string) => /s$/.test(text.split(/\s+/).pop() ?? "");

/**
 * A cloze on a plain noun phrase ("security capacity building"): wrong choices are noun
 * phrases that fill the same slot ("in ____") in what OTHER parties said, of a like length
 * and number, and never something this party also said.
 */
export function chunkQuestion(position: Position, index: DocumentPositions, section: string, context: EventContext | null): QuestionDraft | null {
  const own = index.all.filter(({ position: other }) => other.holder.members.some((member) => position.holder.members.includes(member)));
  const ownText = own.map(({ position: other }) => fold(other.sentence.text));
  const candidates = chunksOf(position, index)
    .map((chunk) => {
      const length = chunk.text.split(/\s+/).length;
      const seen = new Set<string>();
      const choices: string[] = [];
      for (const { position: other } of index.all) {
        if (own.some((mine) => mine.position === other)) continue;
        for (const candidate of chunksOf(other, index)) {
          const key = fold(candidate.text);
          if (seen.has(key) || candidate.slot !== chunk.slot || plural(candidate.text) !== plural(chunk.text)) continue;
          if (Math.abs(candidate.text.split(/\s+/).length - length) > 1 || similar(candidate.text, chunk.text)) continue;
          if (ownText.some((text) => text.includes(key))) continue;
          seen.add(key);
          choices.push(candidate.text);
        }
      }
      return { chunk, choices };
    })
    .filter(({ choices, chunk }) => choices.length >= 2 && contentWords(chunk.text).length >= 2 && CHUNK_SLOTS.has(chunk.slot))
    .sort((a, b) => rarity(b.chunk.text, index) - rarity(a.chunk.text, index) || a.chunk.start - b.chunk.start);
  const best = candidates[0];
  if (!best) return null;
  const sentence = cloze(position, best.chunk.start, best.chunk.text.length);
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
