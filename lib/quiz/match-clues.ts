import { COUNTRIES } from "@/lib/content/gazetteer";

// What a matching pair could be solved by without knowing it: a number ("Fourth Round" ↔
// "第四次"), a country named on both sides ("Afghan" ↔ "阿富汗") or a Latin word the
// Chinese label keeps ("G20"). Pure: text in, clue keys out ("n:4", "c:Afghanistan", "w:g20").

const ENGLISH_NUMBERS: Record<string, number> = {
  one: 1,
  first: 1,
  two: 2,
  second: 2,
  three: 3,
  third: 3,
  four: 4,
  fourth: 4,
  five: 5,
  fifth: 5,
  six: 6,
  sixth: 6,
  seven: 7,
  seventh: 7,
  eight: 8,
  eighth: 8,
  nine: 9,
  ninth: 9,
  ten: 10,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A Chinese numeral up to 99 ("四" → 4, "十二" → 12, "二十" → 20), or null. */
export function chineseNumber(text: string): number | null {
  if (text === "十") return 10;
  const tens = text.match(/^([一二两三四五六七八九]?)十([一二三四五六七八九]?)$/u);
  if (tens) return (tens[1] ? CHINESE_DIGITS[tens[1]]! : 1) * 10 + (tens[2] ? CHINESE_DIGITS[tens[2]]! : 0);
  return text.length === 1 ? (CHINESE_DIGITS[text] ?? null) : null;
}

// Country names indexed once: English forms (lower case, as whole words padded by single
// spaces) by their first word, Chinese names by their first character. cluesOf runs for
// every item of a matching grid each time a session is laid out, which happens on every
// answer; scanning every country's forms there (normalizing each on every call) was most
// of the answer route's CPU (cpu profile). A text can only contain a form whose first
// word (or character) it contains, so looking up those alone finds the same countries.
type CountryForm = { name: string; form: string };

function indexBy(forms: CountryForm[], key: (form: string) => string): Map<string, CountryForm[]> {
  const index = new Map<string, CountryForm[]>();
  for (const entry of forms) index.set(key(entry.form), [...(index.get(key(entry.form)) ?? []), entry]);
  return index;
}

const ENGLISH_FORMS = indexBy(
  COUNTRIES.flatMap((country) =>
    [...country.names, country.adjective]
      .filter((form) => form.length >= 4)
      .map((form) => ({
        name: country.name,
        form: ` ${form
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, " ")
          .trim()} `,
      })),
  ),
  (form) => form.trim().split(" ")[0]!,
);
const CHINESE_FORMS = indexBy(
  COUNTRIES.filter((country) => country.zh.length >= 2).map((country) => ({ name: country.name, form: country.zh })),
  (form) => [...form][0]!,
);

function englishWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

export function cluesOf(text: string): Set<string> {
  const clues = new Set<string>();
  const lower = ` ${text.toLowerCase().replace(/[^a-z0-9\u3400-\u9fff]+/gu, " ")} `;
  for (const word of englishWords(text)) {
    const ordinal = word.match(/^(\d+)(st|nd|rd|th)?$/);
    if (ordinal) clues.add(`n:${Number(ordinal[1])}`);
    else if (ENGLISH_NUMBERS[word] !== undefined) clues.add(`n:${ENGLISH_NUMBERS[word]}`);
  }
  for (const match of text.matchAll(/第([一二两三四五六七八九十]+)|([一二两三四五六七八九十]+)(?=[次届轮个项])/gu)) {
    const value = chineseNumber(match[1] ?? match[2] ?? "");
    if (value !== null) clues.add(`n:${value}`);
  }
  for (const word of new Set(lower.trim().split(" "))) {
    for (const { name, form } of ENGLISH_FORMS.get(word) ?? []) if (lower.includes(form)) clues.add(`c:${name}`);
  }
  for (const character of new Set(text)) {
    for (const { name, form } of CHINESE_FORMS.get(character) ?? []) if (text.includes(form)) clues.add(`c:${name}`);
  }
  // Latin words inside Chinese text (an acronym, a name kept in letters).
  if (/[\u3400-\u9fff]/u.test(text)) {
    for (const word of text.match(/[A-Za-z][A-Za-z0-9]+/g) ?? []) clues.add(`w:${word.toLowerCase()}`);
  } else {
    for (const word of englishWords(text)) if (/^[a-z]/.test(word)) clues.add(`w:${word}`);
  }
  return clues;
}

/** The clues a cue and its answer share: what could pair them without knowing them. */
export function sharedClues(cue: string, answer: string): string[] {
  const answerClues = cluesOf(answer);
  return [...cluesOf(cue)].filter((clue) => answerClues.has(clue));
}
