import { getTranslations } from "next-intl/server";
import { getSectionNames } from "@/lib/content/section-names";
import { ReviewFromUrl } from "@/components/quiz/ReviewFromUrl";
import { pageLocale, pageMetadata } from "@/lib/pages/locale-page";
import { PageHeader } from "@/components/ui/PageHeader";
import { QuizFlowShell } from "@/components/quiz/QuizFlowShell";

type ReviewPageProps = { params: Promise<{ locale: string }> };

export const generateMetadata = pageMetadata(["Review", "title"], "/review");

// Spaced review: prerendered per locale; what is due is the learner's, so it is fetched
// in the browser, and a review session runs in the same flow as a quiz.
export default async function ReviewPage({ params }: ReviewPageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Review" });
  const sections = await getSectionNames(locale);

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-10">
      <PageHeader title={t("title")} intro={t("intro")} />
      <QuizFlowShell locale={locale} namespaces={["Review", "DueCounts", "QuizFlow", "QuizSummary", "QuizSetup"]} loading={t("loading")}>
        <ReviewFromUrl sections={sections} />
      </QuizFlowShell>
    </div>
  );
}
