import { getTranslations } from "next-intl/server";
import { ReviewFromUrl } from "@/components/quiz/ReviewFromUrl";
import { pageLocale, pageMetadata, type LocalePageProps } from "@/lib/pages/locale-page";
import { PageHeader } from "@/components/ui/PageHeader";
import { QuizFlowShell } from "@/components/quiz/QuizFlowShell";

export const generateMetadata = pageMetadata(["Review", "title"], "/review");

// Spaced review: prerendered per locale; what is due is the learner's, so it is fetched
// in the browser, and a review session runs in the same flow as a quiz.
export default async function ReviewPage({ params }: LocalePageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations("Review");

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-10">
      <PageHeader title={t("title")} intro={t("intro")} />
      <QuizFlowShell locale={locale} namespaces={["Review", "DueCounts", "QuizFlow", "QuizSummary", "QuizSetup"]} loading={t("loading")}>
        {(sections) => <ReviewFromUrl sections={sections} />}
      </QuizFlowShell>
    </div>
  );
}
