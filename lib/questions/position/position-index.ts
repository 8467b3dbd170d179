import type { DocumentAnalysis } from "../analysis";
import { type KeyPhrase, namePhrases } from "../key-phrases";
import { type Position, sectionPositions } from "../positions";
import { memoByText } from "../../text/memo-by-text";

// Every position of a document, read once, with the text helpers the position questions
// share: folding, content words, likeness of two clauses, rarity of a phrase.

const STOP = new Set(
  "the a an and or of to in on for with by at as from into its their his her our this that these those is are be will would further also all both two three each other such more new".split(
    " ",
  ),
);

export const fold = (text: string) => text.toLowerCase().replace(/[’']/g, "'");
export const contentWords = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((word) => word && !STOP.has(word));

/** A word's first five letters: "mutual"/"mutually", "benefit"/"beneficial", "align"/"alignment". */
const stem = (word: string) => word.slice(0, 5);

/** The stems of a text's content words (read only: shared between callers). */
const stemsOf: (text: string) => ReadonlySet<string> = memoByText((text) => new Set(contentWords(text).map(stem)));

export function similar(a: string, b: string): boolean {
  const x = stemsOf(a);
  const y = stemsOf(b);
  if (x.size === 0 || y.size === 0) return false;
  const shared = [...x].filter((word) => y.has(word)).length;
  // Two shared words of five ("pursue mutual benefit …" / "uphold openness and mutual benefit") already say the same.
  return shared / Math.min(x.size, y.size) >= 0.4;
}

/** One statement reported twice (two outlets' copies of one release): most of either's words are the other's. */
export function sameStatement(a: string, b: string): boolean {
  const x = stemsOf(a);
  const y = stemsOf(b);
  if (x.size === 0 || y.size === 0) return false;
  return [...x].filter((word) => y.has(word)).length / Math.max(x.size, y.size) >= 0.7;
}

// Words every release uses of every meeting: a wrong choice may share these with what was said
// at the meeting asked about and still be plainly not said there.
const GENERIC = new Set(
  "strengthen enhance deepen promote advance expand boost continue continuously jointly together work make efforts cooperation cooperate relations relationship ties development develop countries country sides side bilateral mutual maintain uphold build level levels important good great areas fields high close closer friendly friendship support each other well way ways various counter anti non".split(
    " ",
  ),
);

/**
 * Whether a wrong choice touches what a section says: any of its words, past the ones every
 * release uses, stands in the section ("increase exchanges and communication …" where the
 * talks "strengthen strategic communication"). Such a choice is defensible for that meeting,
 * so it is no wrong choice there.
 */
export function touches(choice: string, sectionText: string): boolean {
  const said = stemsOf(sectionText);
  return contentWords(choice).some((word) => !GENERIC.has(word) && said.has(stem(word)));
}

/** The stems of a text's words past the ones every release uses: what it says of this visit. */
export function distinctiveStems(text: string): string[] {
  return [
    ...new Set(
      contentWords(text)
        .filter((word) => !GENERIC.has(word))
        .map(stem),
    ),
  ];
}

/** How many of `stems` a text holds. */
export function stemsShared(stems: readonly string[], text: string): number {
  const said = stemsOf(text);
  return stems.filter((word) => said.has(word)).length;
}

export type Indexed = { position: Position; section: string };

export type DocumentPositions = {
  all: Indexed[];
  /** The document's publication date (YYYY-MM-DD): no wrong choice that did not exist yet. */
  published: string;
  /** Every sentence in which a holder (by key, or a member of a joint holder) takes a position. */
  textsOf: (position: Position, section?: string) => string[];
  /** A section's whole text, every sentence of it. */
  sectionText: (section: string) => string;
  /** A section's English headline and Chinese label, which a quiz's context line may echo. */
  headlineOf: (section: string) => string;
  names: KeyPhrase[];
};

export function indexPositions(document: DocumentAnalysis): DocumentPositions {
  const all = document.sections.flatMap((analysis) => sectionPositions(analysis, document).map((position) => ({ position, section: analysis.section.id })));
  const sentences = document.sections.flatMap((analysis) => analysis.sentences.map((sentence) => sentence.text));
  // Each section's headline and label, read once: every blank candidate asks for one.
  const headlines = new Map(document.sections.map(({ section }) => [section.id, `${section.title ?? ""} ${section.labelZh ?? ""}`]));
  return {
    all,
    published: document.document.published,
    // A party "also took" a phrase if any of its own positions, or a joint one it is part of, names it.
    textsOf: (position, section) =>
      all
        .filter(({ section: at }) => section === undefined || at === section)
        .filter(
          ({ position: other }) => other.holder.members.some((member) => position.holder.members.includes(member)) || other.holder.key === position.holder.key,
        )
        .map(({ position: other }) => other.sentence.text),
    sectionText: (section) =>
      document.sections
        .filter((analysis) => analysis.section.id === section)
        .flatMap((analysis) => analysis.sentences.map((sentence) => sentence.text))
        .join(" "),
    headlineOf: (section) => headlines.get(section) ?? "",
    names: sentences.flatMap((text) => namePhrases(text, document.find)),
  };
}

/** One text inside the other, or the same name spelt another way ("East Turkestan" / "East Turkistan"). */
export function overlaps(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  return x.includes(y) || y.includes(x) || nearlyEqual(x, y);
}

/** The same name spelt another way, and nothing more ("Asia Infrastructure …" for "Asian Infrastructure …"). */
export function spelledAlike(a: string, b: string): boolean {
  return nearlyEqual(fold(a), fold(b));
}

/** Folded texts at most one edit apart per eight letters. */
function nearlyEqual(x: string, y: string): boolean {
  return editDistance(x, y) <= Math.max(1, Math.floor(Math.min(x.length, y.length) / 8));
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const RARITY_MEMO = new WeakMap<DocumentPositions, Map<string, number>>();

/** How rare a phrase's words are in the document's positions: rarer phrases teach more. */
export function rarity(text: string, index: DocumentPositions): number {
  let counts = RARITY_MEMO.get(index);
  if (!counts) {
    counts = new Map();
    for (const { position } of index.all) for (const word of contentWords(position.sentence.text)) counts.set(word, (counts.get(word) ?? 0) + 1);
    RARITY_MEMO.set(index, counts);
  }
  const words = contentWords(text);
  if (words.length === 0) return 0;
  return words.reduce((sum, word) => sum + 1 / (counts!.get(word) ?? 1), 0) / words.length;
}
