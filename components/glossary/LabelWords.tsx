import { useTranslations } from "next-intl";
import type { LabelWord } from "@/lib/glossary/segment-label";
import { ListenButton } from "./ListenButton";

/** The words of a Chinese label, each with its pinyin and meaning: what 见陆参 is made of. */
export function LabelWords({ label, words }: { label: string; words: LabelWord[] }) {
  const t = useTranslations("Glossary");
  return (
    <details className="mt-3 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
      <summary className="min-h-9 cursor-pointer py-1 font-medium text-slate-800">
        {t.rich("labelWords", { label: () => <span lang="zh">{label}</span> })}
      </summary>
      <dl className="mt-2 divide-y divide-slate-200">
        {words
          .filter((word) => word.pinyin !== null)
          .map((word, index) => (
            <div key={index} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
              <dt className="flex items-center gap-2">
                <span lang="zh" className="text-lg font-medium text-slate-900">
                  {word.text}
                </span>
                <span lang="zh-Latn" className="text-slate-700">
                  {word.pinyin}
                </span>
                <ListenButton text={word.text} language="zh" label={t("listenTo", { text: word.text })} />
              </dt>
              <dd className="text-slate-800">
                <span lang="en">{word.gloss.length > 0 ? word.gloss.join("; ") : "—"}</span>
                {word.abbreviationOf ? (
                  <span className="ml-2 text-slate-600">{t.rich("shortFor", { words: () => <span lang="zh">{word.abbreviationOf}</span> })}</span>
                ) : null}
                {word.source ? <span className="ml-2 text-xs text-slate-600">({t(word.source === "glossary" ? "fromGlossary" : "fromCedict")})</span> : null}
              </dd>
            </div>
          ))}
      </dl>
    </details>
  );
}
