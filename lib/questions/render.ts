import { MONTHS } from "../content/dates";

// Dates as learners read them: "May 6, 2023" in English prompts, 2023年5月6日 in Chinese.

export function dateEn(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${MONTHS[month! - 1]} ${day}, ${year}`;
}

export function dateZh(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}

/** "in Islamabad", "in the White House": a building or square takes its article. */
export function inPlace(place: string): string {
  // "at the United Nations": a body's seat, not a city.
  if (/^(?:the\s+)?(?:United Nations|UN)(?:\s+Headquarters)?$/i.test(place)) return `at the ${place.replace(/^the\s+/i, "")}`;
  return /\b(?:House|Hall|Palace|Kremlin|Building|Centre|Center|Square|Castle|Chateau|Château)\b/.test(place) && !/^the\s/i.test(place)
    ? `in the ${place}`
    : `in ${place}`;
}

/** " in Islamabad on May 6, 2023" / "2023年5月6日在Islamabad" fragments; empty when unknown. */
export function whenWhere(date: string | null, place: string | null): { en: string; zhTime: string; zhPlace: string } {
  return {
    en: `${place ? ` ${inPlace(place)}` : ""}${date ? ` on ${dateEn(date)}` : ""}`,
    zhTime: date ? `${dateZh(date)}，` : "",
    zhPlace: zhAt(place),
  };
}

/**
 * A sentence quoted in a prompt, without a quotation mark of its own left unpaired by the
 * cut (“"We hope … ____ …” opened twice).
 */
export function quotedSentence(text: string): string {
  const marks = (value: string) => (value.match(/["“”]/g) ?? []).length;
  let inner = text;
  if (/^["“]/.test(inner) && marks(inner) % 2 === 1) inner = inner.slice(1);
  if (/["”]$/.test(inner) && marks(inner) % 2 === 1) inner = inner.slice(0, -1);
  return `“${inner}”`;
}

/** Quoted for a prompt, with straight-quote-free typography. */
export function quoted(text: string): string {
  return `“${text}”`;
}

/** An English event name inside a Chinese sentence: Chinese has no articles, so none is kept. */
export function zhQuoted(name: string): string {
  return quoted(name.replace(/^(?:the|a|an)\s+/i, ""));
}

/** "在Islamabad": the city alone, since Chinese would put "Islamabad, Pakistan" the other way round. */
export function zhAt(place: string | null): string {
  return place ? `在${place.split(/,\s*/)[0]}` : "";
}

/** The sentence with every occurrence of `answer` (any case) replaced by a blank. */
export function blanked(sentence: string, answer: string): string {
  const escaped = answer.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return sentence.replace(new RegExp(escaped, "gi"), "____");
}
