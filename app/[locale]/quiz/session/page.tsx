import { getTranslations } from "next-intl/server";
import { QuizSessionFromUrl } from "@/components/quiz/QuizSessionFromUrl";
import { pageLocale, pageMetadata, type LocalePageProps } from "@/lib/pages/locale-page";
import { QuizFlowShell } from "@/components/quiz/QuizFlowShell";

export const generateMetadata = pageMetadata(["QuizFlow", "title"], "/quiz/session", { robots: { index: false } });

// One quiz session. The page itself is the same for every session (prerendered per
// locale); the client reads `?id=` and loads that session from the API.
export default async function QuizSessionPage({ params }: LocalePageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations("QuizFlow");

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-10">
      <h1 className="mb-6 text-3xl font-bold tracking-tight text-slate-900">{t("title")}</h1>
      <QuizFlowShell locale={locale} namespaces={["QuizFlow", "QuizSummary", "QuizSetup"]} loading={t("loading")}>
        {(sections) => <QuizSessionFromUrl sections={sections} />}
      </QuizFlowShell>
    </div>
  );
}
