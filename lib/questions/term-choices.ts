import type { GlossaryEntry } from "../glossary/shared-glossary";
import { cuesOf } from "./term-cues";

// The wrong choices of a term question: of the answer's own sort, near misses first, never a
// first lesson, and never an odd one out the learner spots without reading the Chinese.

export const WRONG_CHOICES = 3;
export const CHINESE_TITLE = /\b(?:of China|People's Republic of China|Chinese)\b|\bState Council\b|\bCPC\b/;

// 中国 for "China" is a first lesson, not something a visit teaches; so are the capital and
// the great powers every beginner meets, the head of state, the foreign minister and his
// office, the UN (kept in the turn of
// directions, so that every other entry is asked the same way as before).
export const FIRST_LESSONS = new Set([
  "中国",
  "北京",
  "美国",
  "俄罗斯",
  "英国",
  "法国",
  "日本",
  "习近平",
  "王毅",
  "外交部长",
  "联合国",
  "欧洲联盟",
  "总统",
  "莫斯科",
  "伦敦",
  "巴黎",
  "华盛顿",
  "东京",
  "上海",
]);

/**
 * "people-to-people and cultural exchanges" (人文交流) holds "cultural exchanges" (文化交流):
 * a learner who picks the shorter one for the longer is half right, so neither is the
 * other's wrong choice.
 */
export function renderingsOverlap(a: GlossaryEntry, b: GlossaryEntry): boolean {
  const words = (text: string) =>
    ` ${text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}-]+/gu, " ")
      .trim()} `;
  // Only a rendering joined by "and" holds another as a part of it: "comprehensive strategic
  // partnership of coordination" is a level of its own, and the near miss worth asking.
  const holds = (x: string, y: string) => x.includes(" and ") && words(x).includes(words(y));
  // "all-round strategic partnership" is how Xinhua often renders 全面战略伙伴关系 too: a
  // rendering that differs only by comprehensive / all-round is no wrong choice for it.
  const loose = (text: string) => words(text).replace(/ (?:comprehensive|all-round|all-around) /g, " whole ");
  return a.en.some((x) => b.en.some((y) => holds(x, y) || holds(y, x) || loose(x) === loose(y)));
}

export const chineseLeader = (candidate: GlossaryEntry) => candidate.kind === "person" && CHINESE_TITLE.test(candidate.title ?? "");

export function sameSort(entry: GlossaryEntry, glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
  // A first lesson (中国, 美国) among the choices is ruled out by every learner; so is a
  // Chinese leader's name among foreign ones, or a foreign name among Chinese leaders.
  const others = glossary.filter(
    (other) =>
      other.zh !== entry.zh &&
      other.category !== "abbreviation" &&
      !other.zh.includes(entry.zh) &&
      !entry.zh.includes(other.zh) &&
      !renderingsOverlap(entry, other) &&
      !FIRST_LESSONS.has(other.zh) &&
      chineseLeader(other) === chineseLeader(entry),
  );
  const category = others.filter((other) => other.category === entry.category);
  return category.length >= WRONG_CHOICES
    ? category
    : [...category, ...others.filter((other) => other.kind === entry.kind && other.category !== entry.category)];
}

export const chinese = (entry: GlossaryEntry) => entry.zhFull ?? entry.zh;

/**
 * What sets a choice apart at a glance: the parts a learner reads off (政治, "global"), and
 * its first and last two characters and English words (three …部长 beside 国务委员).
 */
export function marks(entry: GlossaryEntry): string[] {
  const zh = chinese(entry).replace(/[“”"]/g, "");
  const words = entry.en[0]!.toLowerCase().split(/\s+/);
  // 南南合作, "South-South": a doubled character or word catches the eye too; so does the one
  // choice in quotation marks (“台独”).
  const doubled = /(\p{Script=Han})\1/u.test(zh) || /\b(\w+)-\1\b/i.test(entry.en[0]!) ? ["AA"] : [];
  const quoted = /[“”"]/.test(chinese(entry)) ? ["“”"] : [];
  // Its first character: "rén wén jiāo liú" is 人文交流 at a glance when no other choice starts with 人.
  return [
    ...cuesOf(zh, entry.en[0]!).map((cue) => cue.zh),
    `^${zh.slice(0, 2)}`,
    `^${zh[0]}·`,
    `${zh.slice(-2)}$`,
    `^${words[0]}`,
    `${words.at(-1)}$`,
    ...doubled,
    ...quoted,
  ];
}

/** Candidates sharing most marks with the answer first (国务卿 for 国务委员): they must be told apart by reading. */
export function likeFirst(candidates: readonly GlossaryEntry[], answer: GlossaryEntry): GlossaryEntry[] {
  const own = marks(answer);
  const shared = (other: GlossaryEntry) => marks(other).filter((mark) => own.includes(mark)).length;
  return [...candidates].sort((a, b) => shared(b) - shared(a));
}

/**
 * Wrong choices that do not all share a mark the answer lacks (the odd one out is the
 * answer): one of them is swapped for a candidate without it, or none are left (the term
 * is asked typed).
 */
export function withoutOddOneOut(chosen: GlossaryEntry[], candidates: readonly GlossaryEntry[], answer: GlossaryEntry): GlossaryEntry[] {
  if (chosen.length < 2) return chosen;
  const own = marks(answer);
  // The one doubled choice ("South-South cooperation"), or the one quoted, is found without reading it.
  for (const mark of ["AA", "“”"]) {
    if (!own.includes(mark) || chosen.some((other) => marks(other).includes(mark))) continue;
    const alike = candidates.find((candidate) => !chosen.includes(candidate) && marks(candidate).includes(mark));
    if (!alike) return [];
    chosen = [alike, ...chosen.slice(0, -1)];
  }
  const shared = marks(chosen[0]!).filter((mark) => !own.includes(mark) && chosen.every((other) => marks(other).includes(mark)));
  if (shared.length === 0) return chosen;
  const other = candidates.find((candidate) => !chosen.includes(candidate) && !shared.some((mark) => marks(candidate).includes(mark)));
  return other ? [...chosen.slice(0, -1), other] : [];
}
