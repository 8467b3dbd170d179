import { labelEvent } from "../content/label";
import type { DocumentAnalysis, SectionAnalysis } from "./analysis";
import type { QuestionDraft } from "./draft";
import { cuesOf } from "./term-cues";
import { quoted } from "./render";

// Label questions: the Chinese label of an English headline, and the headline of a
// Chinese label. The source is the headline as it stands in the text (with the label
// on the next line when it wraps there).

/** Labels told apart only by a number (答记者问1, 答记者问2) test the numbering, not the Chinese. */
const withoutDigits = (label: string) => label.replace(/[\d０-９一二三四五六七八九十]+$/u, "");

// A label names an event ("会见俄罗斯总统"); a headline quoting a statement ("Chinese premier
// says …") names none, so several such headlines fit one label. Only event headlines are matched.
const EVENT_HEADLINE =
  /\b(?:meets?|met|holds?|held|talks|attends?|attended|dialogue|meeting|visits?|visited|arrives?|returns?|returned|conclud(?:es|ed|ing)|arrived|co-chairs?|chairs?|press|consultations?|summit|ceremony|conference|phone|call|speech|addresses|awards?|receives?|received)\b/i;

// "Erdogan's visit boosts relations", "Hu's historic visit …", "My Visit to Sudan": the whole
// visit, which every section's label belongs to, names no one event.
const WHOSE_VISIT = /\b(?:\p{L}+['’]s|my|his|her)\s+(?:\p{L}+\s+)?visit\b/giu;

const NUMBER_WORD =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:st|nd|rd|th)?)\b/i;

const EVENT_VERBS = /会见|会谈|举行|出席|共同|与|同|并|致辞|讲话|访问/gu;

/**
 * 与美国国务卿会谈 and 会见美国国务卿 name the same counterpart and differ only in 会谈/会见,
 * which an English "meets" does not tell apart: never both among the choices.
 */
function sameCounterpart(a: string, b: string): boolean {
  // Whole names, not shared characters: 巴基斯坦总统 and 巴基斯坦总理 are two people.
  const names = (label: string) => label.split(EVENT_VERBS).filter((run) => [...run].length >= 3);
  const theirs = new Set(names(b));
  return names(a).some((run) => theirs.has(run));
}

const headlineWords = (title: string) => new Set(title.toLowerCase().match(/[\p{L}\d'’-]+/gu) ?? []);
/** Every word of one headline in the other, either way round. */
const within = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return [...small].every((word) => large.has(word));
};

export function labelPools(analysis: DocumentAnalysis): { labels: string[]; titles: string[] } {
  const labelled = analysis.document.sections.filter(
    (section) => section.title && section.labelZh && EVENT_HEADLINE.test(section.title.replace(WHOSE_VISIT, "")),
  );
  // "中叙外长会谈" and "中叙外长会谈·新华社" (one event, two outlets) are told apart by the tag alone;
  // "Wen holds talks with Merkel" and "Premier Wen holds talks with Merkel" (one event, two
  // outlets) fit either label.
  const stems = labelled.map((section) => withoutDigits(labelEvent(section.labelZh!)));
  const words = labelled.map((section) => headlineWords(section.title!));
  const distinct = labelled.filter(
    (_, i) => stems.filter((stem) => stem === stems[i]).length === 1 && !words.some((other, j) => j !== i && within(words[i]!, other)),
  );
  return { labels: distinct.map((section) => section.labelZh!), titles: distinct.map((section) => section.title!) };
}

export function labelQuestions({ section }: SectionAnalysis, pools: { labels: string[]; titles: string[] }): QuestionDraft[] {
  const { title, labelZh, headline } = section;
  if (!title || !labelZh || !headline || !pools.labels.includes(labelZh)) return [];
  // A digit (答记者问1) or quotation marks can be matched without reading the Chinese, and
  // so can 第四次 beside a "Fourth Round" headline: the number alone pairs them.
  if (/[\d０-９]/u.test(labelZh) || /[“”"《》]/u.test(labelZh)) return [];
  if (/[一二三四五六七八九十]/u.test(labelZh) && NUMBER_WORD.test(title)) return [];
  // A label that shares no word with its headline (an announcement headline, labelled by the
  // dinner the section reports) while another label does (出席英国国王加冕典礼 for "to attend
  // coronation of King Charles III") would have the wrong choice read as the right one.
  const fit = (label: string) => cuesOf(label, title).length;
  const own = fit(labelZh);
  if (own === 0 && pools.labels.some((label) => fit(label) > 0)) return [];
  const base = { section: section.id, kind: "label" as const, source: headline.text, sourceLine: headline.line };
  const both = [
    {
      ...base,
      prompt: {
        en: `Which Chinese label goes with the headline ${quoted(title)}?`,
        zh: `标题${quoted(title)}对应的中文标签是什么？`,
      },
      answer: labelZh,
      accept: [labelZh],
      pool: pools.labels,
      alsoCorrect: [],
    },
    {
      ...base,
      prompt: {
        en: `Which English headline carries the Chinese label ${quoted(labelZh)}?`,
        zh: `中文标签${quoted(labelZh)}对应的是哪一篇报道的英文标题？`,
      },
      answer: title,
      accept: [title],
      pool: pools.titles,
      alsoCorrect: [],
    },
  ];
  // Headline to label: the learner reads the Chinese to choose, and the questions of a
  // document form one matching grid of labels.
  const chosen = both[0]!;
  // Wrong choices close in length, so that the length of a label never points to its headline.
  const pool = [...chosen.pool]
    .filter((candidate) => candidate !== chosen.answer && !sameCounterpart(candidate, chosen.answer) && fit(candidate) <= own)
    .sort((a, b) => Math.abs(a.length - chosen.answer.length) - Math.abs(b.length - chosen.answer.length) || (a < b ? -1 : 1))
    .slice(0, 3);
  // Closest is not close enough when the answer is half the length of every other choice
  // (访问荷兰 among ten-character labels): the length alone picks it.
  const length = (text: string) => [...text].length;
  if (pool.length > 0 && pool.every((other) => length(other) >= 2 * length(chosen.answer) || 2 * length(other) <= length(chosen.answer))) return [];
  // Nor when it is the one far longer or far shorter choice (13 characters among 7 and 8).
  const lengths = pool.map(length);
  if (pool.length > 0 && (length(chosen.answer) >= 1.4 * Math.max(...lengths) || 1.4 * length(chosen.answer) <= Math.min(...lengths))) return [];
  // Nor when every wrong choice is built one way (与…外长会谈, …会见洪都拉斯总统) and the answer
  // another: the odd shape is found without reading what the labels say.
  if (pool.length >= 2 && (oddShape(chosen.answer, pool) || oddEnding(chosen.answer, pool))) return [];
  return [{ ...chosen, pool, score: 0.85 }];
}

/** The wrong choices share an opening and an ending (与…会谈) that the answer lacks. */
function oddShape(answer: string, others: string[]): boolean {
  const shape = (label: string) => [[...label][0], [...label].slice(-2).join("")] as const;
  const [head, tail] = shape(others[0]!);
  if (!others.every((other) => shape(other)[0] === head && shape(other)[1] === tail)) return false;
  const [answerHead, answerTail] = shape(answer);
  return answerHead !== head && answerTail !== tail;
}

/** The wrong choices end alike for four characters or more (…会见洪都拉斯总统) and the answer does not. */
function oddEnding(answer: string, others: string[]): boolean {
  const chars = others.map((other) => [...other].reverse());
  let shared = 0;
  while (chars.every((other) => other[shared] !== undefined && other[shared] === chars[0]![shared])) shared++;
  if (shared < 4) return false;
  return !answer.endsWith(chars[0]!.slice(0, shared).reverse().join(""));
}
