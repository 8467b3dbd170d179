import { nounChunks } from "../key-phrases";

// Noun phrases with the word they hang on. A wrong choice for a blanked noun phrase fits
// the blank's grammar and sense when it followed the same word in its own sentence:
// "safeguard ____" takes "territorial integrity" or "regional peace and stability", never
// "reliable friend". (Read from the corpus's tuning releases into collocations.json.)

export type GovernedChunk = ReturnType<typeof nounChunks>[number] & { governor: string };

const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "that", "those", "more", "further", "greater"]);

const PREPOSITIONS = new Set("to in of for on with from by into at as among between through under within about over".split(" "));

/** The word before a noun phrase, past its determiners: "strengthen" in "strengthen the ____". */
export function governorOf(text: string, start: number): string {
  const before = text.slice(0, start).toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  for (let i = before.length - 1; i >= 0; i--) {
    const word = before[i]!;
    if (DETERMINERS.has(word) || /['’]s$/.test(word)) continue;
    // "to", "in", "of" take anything: the word before them says what fits ("adheres to",
    // "cooperation in", "stability of").
    return PREPOSITIONS.has(word) && i > 0 ? `${before[i - 1]} ${word}` : word;
  }
  return "";
}

export function withGovernor(text: string): GovernedChunk[] {
  return nounChunks(text).map((chunk) => ({ ...chunk, governor: governorOf(text, chunk.start) }));
}
