import { lastWord } from "./blank-context";

// Whether a wrong choice has the form the blank's place asks for: an article's noun where the
// sentence gives one, the answer's head noun. Pure.

/** Nouns a phrase needs "a" or "the" before, in the singular: "open world economy", "new international order". */
const COUNT_NOUNS = new Set(
  "economy order system world community partnership relationship mechanism platform framework model pattern future era zone corridor bank agreement plan project forum bridge hub center centre network".split(
    " ",
  ),
);

export function needsArticle(phrase: string): boolean {
  return /^new\s+type\s+of\b/i.test(phrase) || (!/^\p{Lu}/u.test(phrase) && COUNT_NOUNS.has(lastWord(phrase).toLowerCase()));
}

/**
 * "counter-terrorism and ____" reads "counter-terrorism [cooperation] and security cooperation":
 * a term's wrong choices share its head noun where there are enough of them ("practical
 * cooperation" fits the blank; "youth exchanges" does not, and tells).
 */
export function sameHeadFirst(answer: string, choices: string[]): string[] {
  if (/^\p{Lu}/u.test(answer) || !answer.includes(" ")) return choices;
  const sameHead = choices.filter((choice) => lastWord(choice) === lastWord(answer));
  if (sameHead.length >= 2) return sameHead;
  // Otherwise one wrong choice per head noun: "practical cooperation" among three "…
  // exchanges" is the odd one out, found without the text.
  const heads = new Set<string>();
  return [...sameHead, ...choices.filter((choice) => !sameHead.includes(choice))].filter((choice) => {
    const head = lastWord(choice);
    if (heads.has(head)) return false;
    heads.add(head);
    return true;
  });
}
