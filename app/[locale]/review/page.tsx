import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { getSectionNames } from "@/lib/content/section-names";
import { ReviewFromUrl } from "@/components/quiz/ReviewFromUrl";
import { ChineseNamesProvider } from "@/components/glossary/ChineseNames";
import { ClientMessages } from "@/components/site/ClientMessages";
import { getChineseNames } from "@/lib/glossary/chinese-names";
import { pageLocale, pageMetadata } from "@/lib/pages/locale-page";

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
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 mb-8 max-w-2xl text-lg leading-relaxed text-slate-700">{t("intro")}</p>
      <ChineseNamesProvider names={locale === "zh" ? getChineseNames() : {}}>
        <ClientMessages namespaces={["Review", "DueCounts", "QuizFlow", "QuizSummary", "QuizSetup"]}>
          <Suspense fallback={<p className="text-slate-700">{t("loading")}</p>}>
            <ReviewFromUrl sections={sections} />
          </Suspense>
        </ClientMessages>
      </ChineseNamesProvider>
    </div>
  );
}
