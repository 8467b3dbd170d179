// Words of a sentence with their character offsets, so a name found in the words can be
// cut out of the sentence verbatim (titles keep their "Pakistan’s", names their hyphens).

export type Token = {
  /** The word without surrounding quotes, brackets, punctuation or a possessive "’s". */
  word: string;
  start: number;
  /** End offset of `word` in the sentence (before any stripped punctuation). */
  end: number;
  /** Punctuation or a possessive follows the word: a name or title cannot run past it. */
  closes: boolean;
  /** What follows the word is a comma alone ("Foreign, Commonwealth and Development Affairs"). */
  comma: boolean;
  possessive: boolean;
};

const RAW = /\S+/g;
/** Where someone stands in a photo: "(L)", "(2nd R)", "(R front)", "(L, front)", "(left)", "(R, 1st)". */
export const POSITION_MARKER =
  /\s*\((?:\d(?:st|nd|rd|th)\s+)?(?:[LRC]\d?|front|back|left|right|center|centre|[LR]\s*(?:-|to)\s*[LR]|from\s+(?:left|right)(?:\s+to\s+(?:left|right))?)(?:,?\s+(?:front|back|row|left|right|[LRC]|\d(?:st|nd|rd|th)))*\)/gi;
const GLUED_MARKER = /^(.*\p{L})\((?:\d(?:st|nd|rd|th)\s*)?(?:[LRC]|front|back|center|centre|left|right)\)[,.;]?$/iu;

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  // "proposed by President Xi Jinping－have contributed": a dash glued to the next word parts them
  // (one character for one, so offsets still point into the sentence).
  for (const match of sentence.replace(/[－—]/g, " ").matchAll(RAW)) {
    // "Wang Qishan(left) meets …": a position marker glued to the name is no part of it.
    const glued = GLUED_MARKER.exec(match[0]);
    const raw = glued ? `${glued[1]!}.` : match[0]; // read as if a stop followed: the name ends there
    // A photo's position marker ("(L)", "(2nd R)") ends the name before it and is no word.
    if (raw.startsWith("(")) {
      const previous = tokens[tokens.length - 1];
      if (previous) previous.closes = true;
      if (/^\((?:\d(?:st|nd|rd|th)\s*)?[LRC]\)[,.;]?$|^\((?:front|back|center|centre|left|right|[LR]-[LR])\)[,.;]?$/i.test(raw)) continue;
    }
    const lead = /^["“‘'(（\[]*/.exec(raw)![0].length;
    let body = raw.slice(lead);
    const possessive = /['’]s?$/.test(body) && /\p{L}['’]s?$/u.test(body) && !/^\p{Ll}/u.test(body);
    const trail = /[^\p{L}\p{N}]*$/u.exec(body)![0].length;
    body = body.slice(0, body.length - trail);
    if (possessive) body = body.replace(/['’]s$/, "");
    // "Deputy Prime Minister & Foreign Minister Prak Sokhonn": an ampersand is "and".
    if (raw === "&") {
      tokens.push({ word: "and", start: match.index, end: match.index + 1, closes: false, comma: false, possessive: false });
      continue;
    }
    if (!body) {
      // "TEHRAN -- Chinese President …": a dash standing alone ends whatever came before it.
      const previous = tokens[tokens.length - 1];
      if (previous && /[-–—|/]/.test(raw)) previous.closes = true;
      continue;
    }
    const start = match.index + lead;
    const trailing = trail > 0 ? raw.slice(raw.length - trail) : "";
    // "Joseph J. Urusemal", "M.Y. Vivian": an initial's stop is inside the name.
    const initial = trailing === "." && /^\p{Lu}(?:\.\p{Lu})?$/u.test(body);
    tokens.push({ word: body, start, end: start + body.length, closes: (trail > 0 && !initial) || possessive, comma: trailing === ",", possessive });
  }
  return tokens;
}

/** Starts with a capital letter: a candidate for a title or a name. */
export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
