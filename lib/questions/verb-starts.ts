import nlp from "compromise";

// What compromise's tagger (its lexicon and rules ship inside the npm package;
// deterministic) says of each word of a sentence. Noun chunks end at a verb: "a path of
// peaceful development and pursues …" is "path of peaceful development", "peace talks and
// hopes that …" is "peace talks"; and they end in a noun, not "ever closer". Our own word
// lists cannot tell "pursues" or "hopes" from a noun.

type Tagged = { verbs: Set<number>; nouns: Set<number> };

const MEMO = new Map<string, Tagged>();
const MEMO_LIMIT = 5_000;

// The tagger reads a plural head after its modifier as a verb ("people-to-people
// exchanges", "development goals"): an -s form counts as a verb only when it is a known one.
const S_VERBS = new Set(
  "follows pursues regards looks hopes changes becomes remains stands sees supports welcomes opposes believes appreciates says notes stresses adds calls urges expects wants needs seeks takes makes gives shows holds plays serves leads brings keeps lies marks reflects represents enjoys shares faces".split(" "),
);

type Term = { text: string; tags: string[]; offset: { start: number } };

function tagged(text: string): Tagged {
  let found = MEMO.get(text);
  if (found) return found;
  found = { verbs: new Set(), nouns: new Set() };
  const sentences = nlp(text).json({ offset: true }) as { terms: Term[] }[];
  for (const { terms } of sentences) {
    for (const term of terms) {
      const word = term.text.toLowerCase().replace(/[^a-z-]/g, "");
      const plural = /[^s]s$/.test(word);
      if (term.tags.includes("Noun") || (plural && !S_VERBS.has(word))) found.nouns.add(term.offset.start);
      else if (term.tags.includes("Verb")) found.verbs.add(term.offset.start);
    }
  }
  // A bank is built once per document; the memo only spares the repeats within a build.
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(text, found);
  return found;
}

/** Offsets in `text` at which a word read as a verb starts. */
export function verbStarts(text: string): Set<number> {
  return tagged(text).verbs;
}

/** Offsets in `text` at which a word read as a noun starts. */
export function nounStarts(text: string): Set<number> {
  return tagged(text).nouns;
}
