"use client";

import { useTranslations } from "next-intl";
import type { AnswerResult } from "./quiz-api";
import { ResultIcon } from "./ResultIcon";
import { SourceSentence } from "./SourceSentence";
import { MixedText } from "./text-lang";
import type { SectionNames } from "@/lib/content/section-names";

/**
 * What the learner sees after answering: right or not in words and an icon, the right
 * answer, what they gave, and the source sentence with the answer marked. The short
 * verdict is also spoken by the runner's live region.
 */
export function AnswerFeedback({ result, sections, compact = false }: { result: AnswerResult; sections: SectionNames; compact?: boolean }) {
  const t = useTranslations("QuizFlow");
  const section = sections[result.section];
  const Heading = compact ? "p" : "h3";
  return (
    <div className={`rounded-lg border-2 p-4 ${result.correct ? "border-green-700 bg-green-50" : "border-red-700 bg-red-50"}`} data-testid="answer-feedback">
      <Heading className={`flex items-center gap-2 font-bold ${compact ? "" : "text-lg"} ${result.correct ? "text-green-900" : "text-red-900"}`}>
        <ResultIcon correct={result.correct} />
        {result.correct ? (result.overridden ? t("overridden") : t("correct")) : t("incorrect")}
      </Heading>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="font-semibold text-slate-800">{t("rightAnswer")}</dt>
        <dd data-testid="right-answer">
          <MixedText text={result.answer} />
        </dd>
        {!result.correct || result.overridden ? (
          <>
            <dt className="font-semibold text-slate-800">{t("yourAnswer")}</dt>
            <dd>{result.given ? <MixedText text={result.given} /> : t("noAnswer")}</dd>
          </>
        ) : null}
      </dl>
      <SourceSentence
        source={result.source}
        range={result.highlight}
        sectionId={result.section}
        sourceLabel={t("source")}
        linkText={t.rich("readSection", {
          name: () => <span lang={section?.nameLang}>{section?.name ?? result.section}</span>,
        })}
      />
    </div>
  );
}
