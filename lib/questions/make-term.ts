import { foreignRendering, outdatedOffices } from "./term-office";
import { countriesIn } from "./parties";
import type { ParsedDocument } from "../content/types";
import { pinyinOf } from "../glossary/pinyin";
import { pinyinForms } from "../glossary/pinyin-forms";
import { existedBy, type GlossaryEntry } from "../glossary/shared-glossary";
import { fnv1a, mulberry32, shuffled, stableHash } from "../random";
import {
  CHINESE_TITLE,
  FIRST_LESSONS,
  WRONG_CHOICES,
  chinese,
  chineseLeader,
  likeFirst,
  marks,
  renderingsOverlap,
  sameSort,
  withoutOddOneOut,
} from "./term-choices";
import { coverCues, cuesOf, showsCue } from "./term-cues";
import { type Mention, beginnerWord, firstMentions } from "./term-mentions";
import type { Question } from "./types";
import { plainLetters } from "../text/plain-letters";

// `term` questions: the glossary's names and standing terms across the two languages.
// Pure and deterministic. One question per entry the document names, its direction
// taken in turn so every direction is asked:
//   en-zh   an English term, pick its Chinese;
//   zh-en   a Chinese term (with pinyin), pick its English;
//   pinyin  a reading in pinyin, pick the Chinese it spells;
//   typed   an English term, type its Chinese, or its pinyin with or without tones
//           (no choices, so the quiz always asks it typed).
// Wrong choices come from the same category of the glossary (a person for a person, an
// initiative for an initiative), else the same kind. The answer is Chinese or English, not
// a span of the source sentence, so these questions keep their own rules (termProblems).

export const TERM_DIRECTIONS = ["en-zh", "zh-en", "pinyin", "typed"] as const;
export type TermDirection = (typeof TERM_DIRECTIONS)[number];

const SCORE = 0.55;

/** Quoted, unless the term carries its own quotation marks (“一带一路”, “ironclad”). */
const en = (text: string) => (text.includes("“") ? `‘${text}’` : `“${text}”`);
const zhq = (text: string) => (text.includes("“") ? `「${text}」` : `“${text}”`);

/** "Xi Jinping" is xí jìn píng without its tones: typing the English back would score. */
function soundsOut(english: string, reading: string): boolean {
  // "Narendra Modi" is mò dí: the surname the prompt prints, typed back, would score too.
  return plainLetters(english) === plainLetters(reading) || english.split(/\s+/).some((word) => plainLetters(word) === plainLetters(reading));
}

export function termQuestions(document: ParsedDocument, glossary: readonly GlossaryEntry[], seed: number): Question[] {
  // Partnerships are asked once a document: their four names are the same four choices each time.
  let partnershipAsked = false;
  // Wrong choices only of terms that existed when the text was written.
  const choosable = glossary.filter((entry) => existedBy(entry, document.published));
  // The cities the visit took place in: their English is read in every dateline.
  const hosts = new Set(document.sections.map((section) => section.place?.split(",")[0]?.trim()).filter((place): place is string => Boolean(place)));
  const outdated = outdatedOffices(document, glossary);
  const countries = countriesIn(
    document.sections.flatMap((section) => [section.title ?? "", ...section.paragraphs.map((paragraph) => paragraph.text)]).join("\n"),
  );
  return firstMentions(document, glossary).flatMap((mention, index) => {
    if (FIRST_LESSONS.has(mention.entry.zh) || (mention.entry.category === "partnership" && partnershipAsked)) return [];
    if (foreignRendering(mention.entry, countries)) return [];
    if (beginnerWord(mention.entry)) return [];
    const question = termQuestion(mention, index, choosable, seed, hosts, outdated);
    if (question && mention.entry.category === "partnership") partnershipAsked = true;
    return question ? [question] : [];
  });
}

function termQuestion(
  mention: Mention,
  index: number,
  glossary: readonly GlossaryEntry[],
  seed: number,
  hosts: ReadonlySet<string>,
  outdated: ReadonlySet<GlossaryEntry>,
  forced?: (typeof TERM_DIRECTIONS)[number],
): Question | null {
  {
    const { entry } = mention;
    // A partnership's Chinese depends on the pair (the "comprehensive strategic partnership"
    // with Germany is 全方位战略伙伴关系): asked from the Chinese, whose English is one.
    const direction = forced ?? (entry.category === "partnership" ? "zh-en" : TERM_DIRECTIONS[index % TERM_DIRECTIONS.length]!);
    const english = entry.en[0]!;
    const zh = chinese(entry);
    // “一带一路” reads without its quotation marks: a reading quoted inside a quotation misleads.
    const reading = pinyinOf(zh).replace(/[“”"]/g, "");
    // “一带一路”倡议 typed without its quotation marks is the same answer.
    const chineseForms = [...new Set([entry.zh, zh, zh.replace(/[“”"]/g, ""), ...(entry.zhAlso ?? [])])];
    const base = {
      section: mention.section,
      kind: "term" as const,
      source: mention.sentence,
      sourceLine: mention.line,
      score: SCORE,
      glossaryKind: entry.kind,
    };
    const id = `${mention.section}:term:${stableHash(`${direction}|${entry.kind}|${english}|${entry.zh}`)}`;
    const random = mulberry32(seed ^ fnv1a(id));
    const sorts = shuffled(sameSort(entry, glossary), random);
    // Chinese choices of the answer's own length: one three-character name among two-character
    // words, or the one word with as many characters as the pinyin has syllables, tells. The
    // same sort first, then the same kind (a person for a person).
    const sameKind = shuffled(
      glossary.filter(
        (other) =>
          other.kind === entry.kind &&
          !sorts.includes(other) &&
          chinese(other) !== zh &&
          other.category !== "abbreviation" &&
          !FIRST_LESSONS.has(other.zh) &&
          !renderingsOverlap(entry, other) &&
          chineseLeader(other) === chineseLeader(entry),
      ),
      random,
    );
    // One character shorter is near enough when the choice shares a part with the answer
    // (国务卿 beside 国务委员): a near miss, not a length cue.
    const nearMiss = (other: GlossaryEntry) => [...chinese(other)].length === [...zh].length - 1 && marks(other).some((mark) => marks(entry).includes(mark));
    const sameLength = [...sorts, ...sameKind].filter((other) => [...chinese(other)].length === [...zh].length || nearMiss(other));
    // Wrong choices of the answer's own sort only: a partnership among initiatives stands out.
    // English choices of the answer's own length: "core interests" among four-word set
    // phrases is found by its length alone.
    const words = (text: string) => text.split(/\s+/).length;
    const nearInWords = [...sorts].sort((a, b) => Math.abs(words(a.en[0]!) - words(english)) - Math.abs(words(b.en[0]!) - words(english)));
    const liked = likeFirst(
      // A name read from its characters is sounded out: 拉夫罗夫 has four syllables, and the one
      // English name of four among names of three tells; names of its own length only.
      (direction === "en-zh" || direction === "pinyin" || (direction === "zh-en" && entry.kind === "person")
        ? sameLength
        : direction === "zh-en"
          ? nearInWords
          : sorts
      ).filter((other) => other.category === entry.category),
      entry,
    );
    // 务实合作 read "wù shí hé zuò" among 文化交流 and 高层交往: whoever knows 合作 picks it. Its
    // head (合作, 互信) reads aloud in two wrong choices at least, so the part that tells is
    // what is read; without two such choices the term is asked from its Chinese instead (below).
    const heads = direction === "pinyin" ? cuesOf(zh, english).filter((cue) => zh.replace(/[“”"]/g, "").endsWith(cue.zh)) : [];
    const sharing = liked.filter((other) => heads.some((cue) => chinese(other).endsWith(cue.zh)));
    const candidates = heads.length > 0 ? [...sharing, ...liked.filter((other) => !sharing.includes(other))] : liked;
    // 合作 read off 务实合作 is "cooperation": the wrong choices show it too (安全合作), or the
    // term is asked typed. Names are sounded out, not read by their parts.
    const side = direction === "en-zh" ? "zh" : direction === "zh-en" ? "en" : null;
    const readable = side !== null && entry.kind !== "person" && entry.kind !== "place";
    // The head a term shares with its sort (合作, 互信, 倡议) must stand in a wrong choice too;
    // the part that tells one partnership or trust from another is what is asked.
    // An organisation's every readable part must: 伊斯兰 read off "Islamic" picks 伊斯兰合作组织
    // among 上海合作组织 and 中非合作论坛.
    const head = readable ? cuesOf(zh, english).filter((cue) => entry.kind === "organisation" || zh.replace(/[“”"]/g, "").endsWith(cue.zh)) : [];
    const text = (other: GlossaryEntry) => (side === "zh" ? chinese(other) : other.en[0]!);
    // Two wrong choices at least show the head: "practical cooperation" beside one other
    // "… cooperation" (South-South, plainly 南南) is picked by 合作 alone. Else typed.
    const shows = (other: GlossaryEntry) => head.some((cue) => showsCue(text(other), cue, side!));
    const ordered = [...candidates.filter(shows), ...candidates.filter((other) => !shows(other))];
    const cued = head.length > 0 ? coverCues(ordered, text, head, side!, WRONG_CHOICES) : candidates.slice(0, WRONG_CHOICES);
    const covered = cued && head.length > 0 && cued.filter(shows).length < 2 ? null : cued;
    // Three "Global … Initiative"s beside “一带一路”倡议, three …部长 beside 国务委员: the odd one out.
    const pool = covered ? withoutOddOneOut(covered, candidates, entry) : [];
    const order = (answer: string, wrong: string[]) => shuffled([...new Set([answer, ...wrong])], random);
    // A transliterated name's pinyin sounds out its English (xí jìn píng): not shown for people and places.
    const spoken = entry.kind === "person" || entry.kind === "place" ? "" : ` (${reading})`;
    const spokenZh = entry.kind === "person" || entry.kind === "place" ? "" : `（${reading}）`;
    // A name whose English is its pinyin ("Xi Jinping", "Beijing") would score typed back:
    // such names are typed in characters only.
    const romanised = soundsOut(english, reading);
    // "Li Qiang" alone could be written 李蔷: the office says which Li Qiang.
    // The office with its years ("Vice Premier …, from March 2023"): a title out of its time misleads.
    const office = entry.kind === "person" && entry.title && !outdated.has(entry) ? entry.title.replace(/\s*\(([^)]*)\)/g, ", $1").trim() : "";
    const who = office ? { en: ` (${office})`, zh: entry.titleZh ? `（${entry.titleZh}）` : "" } : { en: "", zh: "" };
    const typed = {
      ...base,
      id,
      prompt: romanised
        ? { en: `Write ${en(english)}${who.en} in Chinese characters.`, zh: `请用汉字写出${zhq(english)}${who.zh}。` }
        : { en: `Write ${en(english)}${who.en} in Chinese, or in pinyin.`, zh: `请写出${zhq(english)}${who.zh}的中文或拼音。` },
      choices: [],
      answer: zh,
      accept: [...new Set([zh, ...chineseForms, ...(romanised ? [] : chineseForms.flatMap(pinyinForms))])],
    };
    // "What is 伊斯兰堡 in English?" in a document datelined Islamabad throughout asks nothing:
    // the visit's own city is asked the other way, written in Chinese.
    if (entry.kind === "place" && hosts.has(english)) return typed;
    // Too few wrong choices of like length, or of the same sort (a partnership among flights
    // and fields stands out by itself): asked typed instead.
    if (pool.length < 2) return entry.category === "partnership" ? null : typed;
    // "Taiwan independence" among lower-case stances: the one name among the choices, in
    // English, in its characters (台) and in its pinyin (tái) alike. Asked typed.
    const proper = (text: string) => /(?:^|\s)\p{Lu}/u.test(text);
    if (proper(english) && !pool.some((other) => proper(other.en[0]!))) return typed;
    // 李强 among 莫迪, 普京 and 拉夫罗夫 is the one Chinese name: a Chinese person is typed.
    if (entry.kind === "person" && CHINESE_TITLE.test(entry.title ?? "")) return typed;
    switch (direction) {
      case "en-zh":
        return {
          ...base,
          id,
          prompt: { en: `What is ${en(english)} in Chinese?`, zh: `${zhq(english)}的中文是什么？` },
          choices: order(zh, pool.map(chinese)),
          answer: zh,
          accept: [...new Set([zh, ...chineseForms, ...chineseForms.flatMap(pinyinForms)])],
        };
      case "zh-en":
        return {
          ...base,
          id,
          prompt: { en: `What is ${en(zh)}${spoken} in English?`, zh: `${zhq(zh)}${spokenZh}的英文是什么？` },
          choices: order(
            english,
            pool.map((other) => other.en[0]!),
          ),
          answer: english,
          accept: [...new Set([english, ...entry.en])],
        };
      case "pinyin":
        if (heads.length > 0 && pool.filter((other) => sharing.includes(other)).length < 2)
          return termQuestion(mention, index, glossary, seed, hosts, outdated, "zh-en");
        // "gāo céng jiāo wǎng" among 人文交流, 战略互信 and 文化交流: the one choice that starts
        // with 高 is read off its first syllable. A wrong choice starts alike, or it is asked from its Chinese.
        if (!pool.some((other) => chinese(other).replace(/[“”"]/g, "")[0] === zh.replace(/[“”"]/g, "")[0]))
          return termQuestion(mention, index, glossary, seed, hosts, outdated, "zh-en");
        return {
          ...base,
          id,
          prompt: { en: `Which Chinese term is read “${reading}”?`, zh: `读作“${reading}”的是哪个词？` },
          choices: order(zh, pool.map(chinese)),
          answer: zh,
          accept: [...new Set([zh, ...chineseForms, ...chineseForms.flatMap(pinyinForms)])],
        };
      case "typed":
        return typed;
    }
  }
}
