import { DocumentFormatError } from "./format-error";

// Chinese labels sit in full-width brackets（…）. ASCII brackets around Chinese text are
// accepted too, since hand-typed documents mix them; ASCII brackets around Latin text
// are ordinary English parentheses and never a label.
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const TRAILING_LABEL = /^(.*?)\s*[（(]([^（）()]+)[）)]\s*$/u;

export type SplitHeadline = { title: string; labelZh: string | null };

/** Splits `Headline（标签）` into its title and label; no label gives `labelZh: null`. */
export function splitTrailingLabel(text: string): SplitHeadline {
  const match = TRAILING_LABEL.exec(text);
  if (match && CJK.test(match[2]!)) {
    return { title: match[1]!.trim(), labelZh: match[2]!.trim() };
  }
  return { title: text.trim(), labelZh: null };
}

/** A line that holds nothing but a label, as when the label wraps onto its own line. */
export function labelOnlyLine(text: string): string | null {
  const { title, labelZh } = splitTrailingLabel(text);
  return title === "" && labelZh ? labelZh : null;
}

/** Full-width brackets must pair up on each line; an unclosed one is a typing error. */
export function assertBracketsBalanced(text: string, file: string, line: number): void {
  let depth = 0;
  for (const char of text) {
    if (char === "（") depth++;
    if (char === "）") depth--;
    if (depth < 0) throw new DocumentFormatError(file, line, "closing bracket ）without an opening （");
  }
  if (depth > 0) throw new DocumentFormatError(file, line, "unclosed bracket （: the Chinese label needs its ）");
}

/**
 * A label as the name of its event, without the outlet a compilation tags it with
 * ("中叙外长会谈·新华社" → 中叙外长会谈): "新华社" is who reported it, not what happened.
 * A headline's 见 for 会见 ("见阿富汗临时政府代理外长") is written out: in a prompt's
 * brackets（见…）reads as "see …".
 */
export function labelEvent(label: string): string {
  return label
    .replace(/\s*[·・•]\s*(?:新华社|新华网|人民日报|人民网|中国日报|环球时报|央视新闻|央视网|中新社|中国新闻网|外交部|CGTN)$/u, "")
    .replace(/^见(?![证面])(?=\p{Script=Han})/u, "会见");
}
