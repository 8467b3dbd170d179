"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { quizLink } from "@/components/ui/quiz-link";
import type { SectionNames } from "@/lib/content/section-names";
import { QuizRunner } from "./QuizRunner";
import { ResumeActiveSession } from "./ResumeActiveSession";

/** The quiz page is static; the session it runs is named by `?id=` and read here. */
export function QuizSessionFromUrl({ sections }: { sections: SectionNames }) {
  const t = useTranslations("QuizFlow");
  const id = useSearchParams()?.get("id");
  if (!id) {
    return (
      <ResumeActiveSession
        basePath="/quiz/session"
        loading={<p className="text-slate-700">{t("loading")}</p>}
        fallback={<p className="text-lg">{t.rich("noSession", { link: quizLink })}</p>}
      />
    );
  }
  // Keyed by id, so "retry the ones I missed" starts a fresh runner.
  return <QuizRunner key={id} sessionId={id} sections={sections} basePath="/quiz/session" />;
}
