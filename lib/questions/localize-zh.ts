import { findTerms } from "../glossary/find-terms";
import type { GlossaryEntry } from "../glossary/shared-glossary";
import { pinyinForms } from "../glossary/pinyin-forms";
import type { Question } from "./types";

// Chinese prompts that name people, places and organisations in Chinese wherever the
// glossary has them ("2023年5月6日，秦刚与谁举行了…？"), applied to finished questions, so
// the makers stay as they are. Pure. A quoted English sentence (after "：" or "？", a
// cloze or a quote) is the source's own words and stays as written; a quoted event name
// is translated when the glossary knows it ("fourth round of China-Pakistan Foreign
// Ministers’ Strategic Dialogue" → 第四次中巴外长战略对话) and kept whole otherwise; a label
// question's quoted headline is what the learner matches and stays English.
// Typed answers naming a person or place also accept the Chinese name and its pinyin.
// `term` questions ask across the two languages on purpose and are left alone.

const NAMED: ReadonlySet<GlossaryEntry["kind"]> = new Set(["person", "place", "organisation"]);
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
const ORDINALS_ZH = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
/** “…” runs: group 1 is what opens it (a sentence quote follows "：" or "？"), group 2 its text. */
const QUOTED = /(^|[：？:?]?)“([^”]*)”/g;

function names(glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
  return glossary.filter((entry) => NAMED.has(entry.kind));
}

/** `text` with every glossary name replaced by its Chinese. */
function replaceNames(text: string, glossary: readonly GlossaryEntry[]): string {
  let out = "";
  let at = 0;
  for (const match of findTerms(text, glossary)) {
    out += text.slice(at, match.start) + match.entry.zh;
    at = match.end;
  }
  return out + text.slice(at);
}

/** A quoted event name in Chinese when the glossary has the event, else its names replaced. */
function eventZh(name: string, glossary: readonly GlossaryEntry[], all: readonly GlossaryEntry[]): string {
  const ordinal = /^(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:round\s+of\s+(?:the\s+)?)?(.+)$/i.exec(name);
  const rest = ordinal ? ordinal[2]! : name.replace(/^the\s+/i, "");
  const whole = findTerms(rest, all).find((match) => match.start === 0 && match.end === rest.length && match.entry.kind !== "person");
  if (whole) return `${ordinal ? `第${ORDINALS_ZH[ORDINALS.indexOf(ordinal[1]!.toLowerCase())]}次` : ""}${whole.entry.zh}`;
  const ceremony = /^unveiling ceremony of (?:the\s+)?(.+)$/i.exec(rest);
  if (ceremony) {
    const place = findTerms(ceremony[1]!, glossary).find((match) => match.start === 0 && match.end === ceremony[1]!.length);
    if (place) return `${place.entry.zh}揭牌仪式`;
  }
  // Half translated ("fourth round of 中国-巴基斯坦 Foreign Ministers’ …") reads as neither
  // language: an event the glossary does not know keeps its English name whole.
  return name;
}

/** The Chinese prompt with names in Chinese; quoted sentences kept. */
export function localizePromptZh(prompt: string, glossary: readonly GlossaryEntry[]): string {
  const named = names(glossary);
  let out = "";
  let at = 0;
  for (const match of prompt.matchAll(QUOTED)) {
    const start = match.index + match[1]!.length;
    out += replaceNames(prompt.slice(at, start), named);
    const sentence = match[1] !== "";
    out += `“${sentence ? match[2] : eventZh(match[2]!, named, glossary)}”`;
    at = match.index + match[0].length;
  }
  return out + replaceNames(prompt.slice(at), named);
}

/** Glossary names still written in Latin script in a Chinese prompt, quoted sentences aside. */
export function latinNamesLeft(prompt: string, glossary: readonly GlossaryEntry[]): string[] {
  const own = prompt.replace(QUOTED, (whole, opener: string, text: string) => (opener ? `${opener}“”` : `“${text}”`));
  return findTerms(own, names(glossary)).map((match) => match.text);
}

export function localizeZh(questions: readonly Question[], glossary: readonly GlossaryEntry[]): Question[] {
  const named = names(glossary);
  return questions.map((question) => {
    // A label question quotes the English headline the learner matches: it stays as written.
    if (question.kind === "term" || question.kind === "label") return question;
    const zh = localizePromptZh(question.prompt.zh, glossary);
    const answerName = findTerms(question.answer, named).find((match) => match.start === 0 && match.end === question.answer.length);
    const accept = answerName ? [...new Set([...question.accept, answerName.entry.zh, ...pinyinForms(answerName.entry.zh)])] : question.accept;
    return zh === question.prompt.zh && accept === question.accept ? question : { ...question, prompt: { ...question.prompt, zh }, accept };
  });
}
