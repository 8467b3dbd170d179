import type { CedictWord } from "./cedict-subset";
import { numberedPinyinOf, rubyOf, type RubySyllable } from "./pinyin";
import type { GlossaryEntry } from "./shared-glossary";

// A Chinese label cut into words, each with its pinyin and meaning. Pure. Longest match
// over the glossary (names, organisations, titles, the labels' abbreviations such as
// 陆参 that no dictionary has) and CC-CEDICT, the glossary first at the same length;
// a character found in neither stands alone. Pinyin comes from pinyin-pro over the whole
// label, so a character reads as it does in context; the dictionary sense shown is the
// one of that reading (答 dá "to answer", not dā).

export type LabelWord = {
  text: string;
  ruby: RubySyllable[];
  /** Tone-marked pinyin of the word, null for digits and punctuation. */
  pinyin: string | null;
  /** English meanings, the most useful first; empty when neither source has the word. */
  gloss: string[];
  source: "glossary" | "cedict" | null;
  /** For an abbreviation, the words it stands for (陆参 → 陆军参谋长). */
  abbreviationOf?: string;
};

const MAX_WORD = 8;
const HAN = /\p{Script=Han}/u;

/** Glossary entries fit to be one word of a label: names and short terms. */
function labelWords(glossary: readonly GlossaryEntry[]): Map<string, GlossaryEntry> {
  const words = new Map<string, GlossaryEntry>();
  for (const entry of glossary) {
    const short = [...entry.zh].length <= 4;
    if (entry.kind !== "term" || entry.category === "abbreviation" || short) if (!words.has(entry.zh)) words.set(entry.zh, entry);
  }
  return words;
}

export function segmentLabel(label: string, glossary: readonly GlossaryEntry[], cedict: Readonly<Record<string, CedictWord[]>>): LabelWord[] {
  const chars = [...label];
  const ruby = rubyOf(label);
  const perChar = ruby.length === chars.length ? ruby : chars.map((text) => ({ text, pinyin: null }));
  const fromGlossary = labelWords(glossary);
  const words: LabelWord[] = [];
  let at = 0;
  while (at < chars.length) {
    if (!HAN.test(chars[at]!)) {
      let end = at + 1;
      while (end < chars.length && !HAN.test(chars[end]!)) end++;
      words.push({ text: chars.slice(at, end).join(""), ruby: perChar.slice(at, end), pinyin: null, gloss: [], source: null });
      at = end;
      continue;
    }
    let end = at;
    while (end < chars.length && HAN.test(chars[end]!)) end++;
    for (const word of segmentRun(chars.slice(at, end), perChar.slice(at, end), fromGlossary, cedict)) words.push(word);
    at = end;
  }
  return words;
}

/**
 * A run of Chinese characters in the fewest words (an unknown character costs two), so
 * 在外交学院 reads 在 | 外交学院 rather than 在外 | 交 | 学院. At equal cost the glossary
 * wins, then the longer first word.
 */
function segmentRun(
  chars: string[],
  syllables: RubySyllable[],
  fromGlossary: Map<string, GlossaryEntry>,
  cedict: Readonly<Record<string, CedictWord[]>>,
): LabelWord[] {
  const n = chars.length;
  const cost: number[] = Array.from({ length: n + 1 }, () => 0);
  const choice: LabelWord[] = [];
  for (let at = n - 1; at >= 0; at--) {
    let best: { cost: number; rank: number; word: LabelWord } | null = null;
    for (let length = Math.min(MAX_WORD, n - at); length >= 1; length--) {
      const word = wordAt(chars.slice(at, at + length), syllables.slice(at, at + length), fromGlossary, cedict);
      if (!word) continue;
      const total = cost[at + length]! + (word.source === null ? 2 : 1);
      const rank = word.source === "glossary" ? 0 : 1;
      if (!best || total < best.cost || (total === best.cost && rank < best.rank)) best = { cost: total, rank, word };
    }
    cost[at] = best!.cost;
    choice[at] = best!.word;
  }
  const words: LabelWord[] = [];
  for (let at = 0; at < n; at += [...choice[at]!.text].length) words.push(choice[at]!);
  return words;
}

function wordAt(
  slice: string[],
  syllables: RubySyllable[],
  fromGlossary: Map<string, GlossaryEntry>,
  cedict: Readonly<Record<string, CedictWord[]>>,
): LabelWord | null {
  const text = slice.join("");
  const pinyin = syllables.map((syllable) => syllable.pinyin ?? "").join(" ");
  const entry = fromGlossary.get(text);
  if (entry) {
    return {
      text,
      ruby: syllables,
      pinyin,
      gloss: glossOfEntry(entry),
      source: "glossary",
      ...(entry.abbreviationOf ? { abbreviationOf: entry.abbreviationOf } : {}),
    };
  }
  if (cedict[text]) return { text, ruby: syllables, pinyin, gloss: readingFor(text, cedict[text]!).english.slice(0, 3), source: "cedict" };
  if (slice.length === 1) return { text, ruby: syllables, pinyin, gloss: [], source: null };
  return null;
}
function glossOfEntry(entry: GlossaryEntry): string[] {
  if (entry.kind === "person" && entry.title) return [`${entry.en[0]}, ${entry.title}`];
  return [entry.en[0]!];
}

/** The dictionary reading that matches pinyin-pro's reading of the word, else the first. */
function readingFor(word: string, readings: readonly CedictWord[]): CedictWord {
  const wanted = numberedPinyinOf(word).toLowerCase();
  const fold = (pinyin: string) => pinyin.toLowerCase().replace(/u:/g, "ü").replace(/5/g, "");
  return readings.find((reading) => fold(reading.pinyin) === wanted.replace(/5/g, "")) ?? readings[0]!;
}
