import { type TermMatch, findTerms } from "../glossary/find-terms";
import { countryOf } from "../content/gazetteer";
import { INSTITUTION_WORDS, NOT_NAME_WORDS, OFFICE_HEADS } from "./title-words";
import type { GlossaryEntry } from "../glossary/shared-glossary";
import { PLACE_NAMES } from "../glossary/place-names";
import { pinyinForms } from "../glossary/pinyin-forms";
import type { Question } from "./types";
import { attendedIn, sectionEvent } from "./label-event-zh";

// Chinese prompts that name people, places and organisations in Chinese wherever the
// glossary has them ("2023年5月6日，秦刚与谁举行了…？"), applied to finished questions, so
// the makers stay as they are. Pure. A quoted English sentence (after "：" or "？", a
// cloze or a quote) is the source's own words and stays as written; a quoted event name
// is translated when the glossary knows it ("fourth round of China-Pakistan Foreign
// Ministers’ Strategic Dialogue" → 第四次中巴外长战略对话) and kept whole otherwise; a label
// question's quoted headline is what the learner matches and stays English.
// Typed answers naming a person or place also accept the Chinese name and its pinyin.
// Countries and capitals come from place-names.ts as well; a foreign official the glossary
// lacks is named by country and office (person-zh.ts); an event the glossary does not know
// is pointed to by its section's Chinese label rather than quoted in English.
// `term` questions ask across the two languages on purpose and are left alone.

/** After a typed who-question whose answer the app knows in no Chinese form. */
export const IN_ENGLISH = "（请用英文写出其姓名）";
/** A typed name of a thing (a forum, a corridor) with no Chinese form the grader knows. */
export const ANSWER_IN_ENGLISH = "（请用英文作答）";
const NAMED: ReadonlySet<GlossaryEntry["kind"]> = new Set(["person", "place", "organisation"]);
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
const ORDINALS_ZH = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
/** “…” runs: group 1 is what opens it (a sentence quote follows "：" or "？"), group 2 its text. */
const QUOTED = /(^|[：？:?]?)“([^”]*)”/g;

export type ZhNames = {
  /** English name → Chinese by office and country ("Gotabaya Rajapaksa" → 斯里兰卡总统). */
  people?: ReadonlyMap<string, string>;
  /** English name → the document's labels' Chinese for them, office included (尼日利亚外长奥尼亚马). */
  labelled?: ReadonlyMap<string, string>;
  /** English name → Chinese name alone, with no office in it (菅义伟). */
  names?: ReadonlyMap<string, string>;
  /** Section id → its Chinese label. */
  labels?: ReadonlyMap<string, string>;
};

const namesMemo = new WeakMap<readonly GlossaryEntry[], GlossaryEntry[]>();

/** The glossary's names, then every country and capital: one array per glossary, so find-terms keeps its matcher. */
function names(glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
  let found = namesMemo.get(glossary);
  if (!found) namesMemo.set(glossary, (found = [...glossary.filter((entry) => NAMED.has(entry.kind)), ...PLACE_NAMES]));
  return found;
}

/** `text` with each person named by office (longest name first). */
function replacePeople(text: string, people: ReadonlyMap<string, string> | undefined): string {
  if (!people) return text;
  let out = text;
  for (const [name, zh] of [...people].sort(([a], [b]) => b.length - a.length)) out = out.split(name).join(zh);
  return out;
}

const INSIDE_A_PLACE = /\b(?:Port|Gulf|Bay|Sea|Isle|Isles|Strait|Straits|Cape|Lake|Mount)\s+of\s+(?:the\s+)?$/;

/**
 * "Sergei Lavrov" where the glossary spells him "Sergey Lavrov", "Muhammad Shehbaz Sharif"
 * where it has "Shehbaz Sharif": a name word before the glossary's form goes with it
 * ("会见Sergei 拉夫罗夫" is half a name).
 */
function givenNameStart(text: string, match: TermMatch): number | null {
  if (match.entry.kind !== "person") return null;
  const before = /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(0, match.start));
  if (!before) return null;
  const word = before[1]!.toLowerCase();
  if (OFFICE_HEADS.has(word) || INSTITUTION_WORDS.has(word) || NOT_NAME_WORDS.has(word) || countryOf(before[1]!)) return null;
  return before.index;
}

/** `text` with every glossary name replaced by its Chinese. */
function replaceNames(text: string, glossary: readonly GlossaryEntry[]): string {
  let out = "";
  let at = 0;
  for (const match of findTerms(text, glossary)) {
    // "Port of Spain" is a city, not Spain: a name inside a longer place's name stays.
    if (INSIDE_A_PLACE.test(text.slice(0, match.start))) continue;
    out += text.slice(at, givenNameStart(text, match) ?? match.start) + match.entry.zh;
    at = match.end;
  }
  return out + text.slice(at);
}

/** A quoted event name in Chinese when the glossary has the event, else its names replaced. */
function eventZh(name: string, glossary: readonly GlossaryEntry[], all: readonly GlossaryEntry[]): string | null {
  const ordinal = /^(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:round\s+of\s+(?:the\s+)?)?(.+)$/i.exec(name);
  const rest = ordinal ? ordinal[2]! : name.replace(/^the\s+/i, "");
  const whole = findTerms(rest, all).find((match) => match.start === 0 && match.end === rest.length && match.entry.kind !== "person");
  if (whole) return `${ordinal ? `第${ORDINALS_ZH[ORDINALS.indexOf(ordinal[1]!.toLowerCase())]}次` : ""}${whole.entry.zh}`;
  // "a welcoming ceremony held for him by Polish Prime Minister …": who held it is no part of its kind.
  // "a grand welcome ceremony hosted by Peruvian President …" too.
  const ceremony =
    /^(?:an?\s+)?(?:(?:grand|official|solemn|formal)\s+)?(unveiling|signing|welcoming|welcome|groundbreaking|handover) ceremony(?: (?:of|for) (?:the\s+)?(.+?))?(?:\s+(?:held|hosted|given|organized|organised)\b.*)?$/i.exec(
      rest,
    );
  if (ceremony) {
    const kind = CEREMONIES[ceremony[1]!.toLowerCase()]!;
    const what = ceremony[2];
    const place = what ? findTerms(what, glossary).find((match) => match.start === 0 && match.end === what.length) : undefined;
    // "the unveiling ceremony of the Foreign Service Academy of Pakistan", which the glossary
    // cannot name: the kind in Chinese alone (秦刚在伊斯兰堡出席揭牌仪式); an English name inside
    // the Chinese (“Foreign Service Academy of Pakistan”揭牌仪式) reads as neither language, two
    // examiners found.
    return `${place ? place.entry.zh : ""}${kind}`;
  }
  // Half translated ("fourth round of 中国-巴基斯坦 Foreign Ministers’ …") reads as neither
  // language: an event the glossary does not know is not translated here.
  return null;
}

/** Ceremonies by what is done at them, as Chinese releases name them. */
const CEREMONIES: Record<string, string> = {
  unveiling: "揭牌仪式",
  signing: "签字仪式",
  welcoming: "欢迎仪式",
  welcome: "欢迎仪式",
  groundbreaking: "奠基仪式",
  handover: "交接仪式",
};

/** "在Dubai与…": a place left in Latin script before Chinese words (no Chinese name is known for it). */
const LATIN_PLACE = /在[A-Z][\p{Script=Latin}'’.-]*(?:[ -](?:(?:of|de|es|del|la|the)[ -])?[A-Z][\p{Script=Latin}'’.-]*)*(?=\p{Script=Han})/gu;

/** "在吉隆坡 Convention Centre出席…": the city put into Chinese, the venue after it not; the city alone says where. */
const HALF_LATIN_PLACE = /在(\p{Script=Han}+)\s+[A-Z][\p{Script=Latin}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\p{Script=Latin}'’.-]*)*(?=\p{Script=Han})/gu;

/**
 * The Chinese prompt with names in Chinese; quoted sentences kept. An event the glossary
 * does not know is the one the section reports, named as its label names it (“第四次中巴外长
 * 战略对话”, or what was attended); without a label its English name stays whole. Null when
 * the label names no event: no Chinese prompt can name it fairly.
 */
export function localizePromptZh(prompt: string, glossary: readonly GlossaryEntry[], people?: ReadonlyMap<string, string>, label?: string): string | null {
  // A quoted source sentence runs to the prompt's end, quotation marks of its own and all
  // (“… as “the two sides”) and noted …”): it stays as written, whatever it names.
  const sentence = /[：？:?]“/.exec(prompt);
  if (sentence && prompt.endsWith("”")) {
    const asked = localizePromptZh(prompt.slice(0, sentence.index + 1), glossary, people, label);
    return asked === null ? null : asked + prompt.slice(sentence.index + 1);
  }
  const named = names(glossary);
  // The glossary's own renderings first (普京), then the office for whoever it lacks.
  // A place with no known Chinese name is left out ("李强与…举行会谈"): half a prompt in Latin
  // script reads as neither language, and the English prompt still names it.
  // "Djibouti City" with Djibouti put into Chinese is 吉布提市, not "吉布提 City".
  const own = (text: string) =>
    replacePeople(replaceNames(text, named), people)
      .replace(/(\p{Script=Han}) City\b/gu, "$1市")
      .replace(LATIN_PLACE, "")
      .replace(HALF_LATIN_PLACE, "在$1");
  let out = "";
  let at = 0;
  for (const match of prompt.matchAll(QUOTED)) {
    const start = match.index + match[1]!.length;
    out += own(prompt.slice(at, start));
    // A quotation in Chinese (授予…“友谊勋章”) is already what the prompt should say.
    const sentence = match[1] !== "" || !/\p{Script=Latin}/u.test(match[2]!);
    const event = sentence ? null : eventZh(match[2]!, named, glossary);
    // A kind of ceremony (揭牌仪式) is a common noun, not a name: no quotation marks.
    // … unless the label says more of it (沙特王储举行的欢迎仪式 for "a welcoming ceremony held by …").
    const generic = event !== null && Object.values(CEREMONIES).some((kind) => event === kind || new RegExp(`^“[^”]+”${kind}$`).test(event));
    const eventText = generic ? ((label && attendedIn(label)) ?? event) : event && `“${event}”`;
    const said = sentence ? `“${match[2]}”` : eventText ? eventText : label ? sectionEvent(label, out.endsWith("举行")) : `“${match[2]}”`;
    if (said === null) return null;
    out += said;
    at = match.index + match[0].length;
  }
  return out + own(prompt.slice(at));
}

/** Glossary names still written in Latin script in a Chinese prompt, quoted sentences aside. */
export function latinNamesLeft(prompt: string, glossary: readonly GlossaryEntry[]): string[] {
  const own = prompt.replace(QUOTED, (whole, opener: string, text: string) => (opener ? `${opener}“”` : `“${text}”`));
  return findTerms(own, names(glossary)).map((match) => match.text);
}

/** The questions with Chinese prompts; a question whose event no Chinese prompt can name is left out. */
export function localizeZh(questions: readonly Question[], glossary: readonly GlossaryEntry[], zhNames: ZhNames = {}): Question[] {
  const named = names(glossary);
  return questions.flatMap((question) => {
    // A label question quotes the English headline the learner matches: it stays as written.
    if (question.kind === "term" || question.kind === "label") return [question];
    const label = zhNames.labels?.get(question.section);
    const zh = localizePromptZh(question.prompt.zh, glossary, zhNames.people, label && !/\d$/.test(label) ? label : undefined);
    if (zh === null) return [];
    const answerName = findTerms(question.answer, named).find((match) => match.start === 0 && match.end === question.answer.length);
    // The document's own labels name a person too (奥尼亚马): typed, that is as right as the English.
    // A label naming the person by office alone (新加坡外长) holds no name: a typed 维文 would be
    // marked wrong beside it. Without a Chinese name, a typed who-question asks for the name in
    // English, and accepts just that.
    const nameAlone = zhNames.names?.get(question.answer);
    const person = question.kind === "participant" || question.kind === "quote";
    const nameless = person && !answerName && !nameAlone;
    const labelled = nameless ? [] : [zhNames.labelled?.get(question.answer), nameAlone].filter((zh): zh is string => Boolean(zh));
    // Every Chinese form the glossary gives is right typed: 东伊运 as well as 东突厥斯坦伊斯兰运动,
    // 全天候战略合作伙伴 for "… partners" as well as …伙伴关系 for "… partnership".
    const zhForms = [...(answerName ? [answerName.entry.zh, ...(answerName.entry.zhAlso ?? [])] : []), ...labelled];
    // The document's glossary may know other English names of the answer ("Balochistan
    // Liberation Army" for the "Baloch Liberation Army"): as right as the text's.
    const spellings = answerName ? answerName.entry.en : [];
    const more = [...spellings, ...zhForms, ...zhForms.flatMap(pinyinForms)].filter((form) => !question.accept.includes(form));
    const accept = more.length > 0 ? [...new Set([...question.accept, ...more])] : question.accept;
    // So does a typed position's name (请写出空缺的名称) with no Chinese form to accept: the
    // official 东盟地区论坛 typed for "ASEAN Regional Forum" would otherwise be marked wrong.
    const typed = question.choices.length === 0;
    const englishThing = typed && question.kind === "agreement" && !accept.some((form) => /\p{Script=Han}/u.test(form));
    const asked = nameless && typed ? `${zh}${IN_ENGLISH}` : englishThing ? `${zh}${ANSWER_IN_ENGLISH}` : zh;
    return [asked === question.prompt.zh && accept === question.accept ? question : { ...question, prompt: { ...question.prompt, zh: asked }, accept }];
  });
}
