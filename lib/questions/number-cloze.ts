import { DATELINE_PREFIX } from "../content/event-date";
import { PHOTO_CREDIT } from "./make-date";
import { POSITION_MARKER } from "./tokens";

// The quoted sentence of a number question: the number blanked once, the dateline and photo
// credit left out, a long sentence cut to the words around the blank.

const MAX_WORDS = 45;
/** Words a cut may stop short of its clause's end: fewer are kept rather than cut. */
const TAIL_KEPT = 8;

function blank(sentence: string, number: string): string {
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return sentence.replace(new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, "giu"), "____");
}

/** The sentence with its number blanked, without its dateline, cut to the words around the blank when long. */
export function clozeOf(sentence: string, number: string): string {
  // "… since taking office in ____. [Photo/China News Service]": the credit is no part of it,
  // nor is a caption's "(C, front)", which points into a photo the learner does not see.
  const text = sentence.replace(DATELINE_PREFIX, "").replace(PHOTO_CREDIT, "").replace(POSITION_MARKER, "");
  const whole = oneBlank(blank(text, number));
  const words = whole.split(/\s+/);
  if (words.length <= MAX_WORDS) return whole;
  // A long sentence is cut: its asides go first ("(hereinafter referred to as “the two sides”)").
  const blanked = whole.replace(/\s*\([^()]*\)/g, (aside) => (aside.includes("____") ? aside : ""));
  const kept = blanked.split(/\s+/);
  if (kept.length <= MAX_WORDS) return blanked;
  return cutAround(kept);
}

/**
 * "… of the upcoming ____ … Dialogue, Qin Gang said that the ____ … Dialogue is …": one
 * "missing number", asked once; the quote ends at the clause before the number's second mention.
 */
function oneBlank(cloze: string): string {
  const first = cloze.indexOf("____");
  const second = cloze.indexOf("____", first + 4);
  if (second < 0) return cloze;
  const comma = cloze.lastIndexOf(",", second);
  return comma > first ? `${cloze.slice(0, comma + 1)} …` : cloze;
}

function cutAround(words: string[]): string {
  const at = words.findIndex((word) => word.includes("____"));
  // Keep the sentence's opening, which names who and what, when the blank is near it.
  let from = at < 25 ? 0 : Math.max(0, at - 18);
  // Never open inside a name ("… Sister State Friendship Committee"): back to where it starts.
  for (let back = 0; back < 8 && from > 0 && /^\p{Lu}/u.test(words[from]!) && /^(?:\p{Lu}[\p{L}'’-]*|of|the|and)$/u.test(words[from - 1]!); back++) from--;
  // Never open inside a quotation or an aside: "… sides”) and noted" starts on its closing mark.
  const closer = words.slice(from, at).findIndex((word) => /[”)]/.test(word) && !/[“(]/.test(word));
  const opener = words.slice(from, at).findIndex((word) => /[“(]/.test(word));
  if (closer >= 0 && (opener < 0 || closer < opener)) from += closer + 1;
  let to = Math.min(words.length, Math.max(at + 12, from + 30));
  // "… announced the establishment of an all-round …": a cut a few words short of the clause's
  // end falls inside what the clause names; the clause (or the sentence) is kept whole.
  const clauseEnd = words.slice(to - 1, to - 1 + TAIL_KEPT + 1).findIndex((word) => /[,;:]$/.test(word));
  if (words.length - to <= TAIL_KEPT) to = words.length;
  else if (clauseEnd > 0) to += clauseEnd;
  // Never end on half a name ("China and New …") or a word that needs the next.
  // "… between France and China next …" drops the "year" a "(said in 2023)" sum needs.
  for (
    let extra = 0;
    extra < 4 && to < words.length && /^(?:\p{Lu}[\p{L}-]*|the|a|an|and|of|to|in|for|with|on|by|next|last|this|past|coming)$/u.test(words[to - 1]!);
    extra++
  )
    to++;
  return `${from > 0 ? "… " : ""}${words.slice(from, to).join(" ")}${to < words.length ? " …" : ""}`;
}
