import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { QuizSessionFromUrl } from "@/components/quiz/QuizSessionFromUrl";
import { getSectionNames } from "@/lib/content/section-names";
import { ChineseNamesProvider } from "@/components/glossary/ChineseNames";
import { ClientMessages } from "@/components/site/ClientMessages";
import { getChineseNames } from "@/lib/glossary/chinese-names";
import { pageLocale, pageMetadata } from "@/lib/pages/locale-page";

type QuizSessionPageProps = { params: Promise<{ locale: string }> };

export const generateMetadata = pageMetadata(["QuizFlow", "title"], "/quiz/session", { robots: { index: false } });

// One quiz session. The page itself is the same for every session (prerendered per
// locale); the client reads `?id=` and loads that session from the API.
export default async function QuizSessionPage({ params }: QuizSessionPageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "QuizFlow" });
  const sections = await getSectionNames(locale);

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-10">
      <h1 className="mb-6 text-3xl font-bold tracking-tight text-slate-900">{t("title")}</h1>
      <ChineseNamesProvider names={locale === "zh" ? getChineseNames() : {}}>
        <ClientMessages namespaces={["QuizFlow", "QuizSummary", "QuizSetup"]}>
          <Suspense fallback={<p className="text-slate-700">{t("loading")}</p>}>
            <QuizSessionFromUrl sections={sections} />
          </Suspense>
        </ClientMessages>
      </ChineseNamesProvider>
    </div>
  );
}
