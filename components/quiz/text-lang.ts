// Screen readers switch voices by `lang`. Prompts, choices and headlines mix English and
// Chinese, so a piece of text is marked when its script differs from the page's language.
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The `lang` to put on `text` inside a page in `locale`, or undefined when it matches. */
export function langFor(text: string, locale: string): "zh" | "en" | undefined {
  const chinese = HAN.test(text);
  if (locale === "zh") return chinese ? undefined : /[A-Za-z]/.test(text) ? "en" : undefined;
  return chinese ? "zh" : undefined;
}
