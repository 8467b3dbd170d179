import { useLocale } from "next-intl";
import { Fragment } from "react";
import { useChineseNames } from "@/components/glossary/ChineseNames";
import { chineseDate } from "@/lib/format/zh-answer";

// Screen readers pick a voice by `lang`. Prompts, choices and headlines mix English and
// Chinese ("Which headline carries the label “答记者问2”?"), so each run of the other
// script is marked on its own, not the whole sentence.
const HAN = "\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef";
const HAN_RUN = new RegExp(`([${HAN}]+(?:\\s*[${HAN}]+)*)`, "u");

/** `text` (`verbatim`: a quotation, never localized) with its Chinese runs marked `lang="zh"` on English pages, English runs `lang="en"` on Chinese pages. */
export function MixedText({ text, verbatim = false }: { text: string; verbatim?: boolean }) {
  const locale = useLocale();
  const names = useChineseNames();
  // Issue 10: in the Chinese interface a date answer reads 2023年5月6日, and a name the
  // glossary knows reads in Chinese with the English beside it. A quoted source stays verbatim.
  if (locale === "zh" && !verbatim) {
    const date = chineseDate(text);
    if (date) return <>{date}</>;
    const name = Object.hasOwn(names, text) ? names[text] : undefined;
    if (name) {
      return (
        <>
          {name} <span lang="en">{text}</span>
        </>
      );
    }
  }
  const parts = text.split(HAN_RUN);
  return (
    <>
      {parts.map((part, index) => {
        if (!part) return null;
        const chinese = index % 2 === 1;
        const lang = locale === "zh" ? (!chinese && /[A-Za-z]/.test(part) ? "en" : undefined) : chinese ? "zh" : undefined;
        return lang ? (
          <span key={index} lang={lang}>
            {part}
          </span>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        );
      })}
    </>
  );
}
