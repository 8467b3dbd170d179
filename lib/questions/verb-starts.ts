import nlp from "compromise";

// Where the verbs of a sentence start, by compromise's tagger (its lexicon and rules ship
// inside the npm package; deterministic). A noun chunk ends at a verb: "a path of peaceful
// development and pursues …" is "path of peaceful development", "peace talks and hopes
// that …" is "peace talks". Our own word lists cannot tell "pursues" or "hopes" from a noun.

const MEMO = new Map<string, Set<number>>();
const MEMO_LIMIT = 5_000;

type Term = { tags: string[]; offset: { start: number } };

/** Offsets in `text` at which a word tagged as a verb (not a gerund used as a noun) starts. */
export function verbStarts(text: string): Set<number> {
  let starts = MEMO.get(text);
  if (starts) return starts;
  starts = new Set();
  const sentences = nlp(text).json({ offset: true }) as { terms: Term[] }[];
  for (const { terms } of sentences) {
    for (const term of terms) {
      if (term.tags.includes("Verb") && !term.tags.includes("Noun")) starts.add(term.offset.start);
    }
  }
  // A bank is built once per document; the memo only spares the repeats within a build.
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(text, starts);
  return starts;
}
