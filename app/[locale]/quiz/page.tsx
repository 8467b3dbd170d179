import { getTranslations } from "next-intl/server";
import { QuizSetupForm } from "@/components/quiz/QuizSetupForm";
import { ClientMessages } from "@/components/site/ClientMessages";
import { getSectionNames } from "@/lib/content/section-names";
import { QUESTION_KINDS } from "@/lib/questions/types";
import { pageLocale, pageMetadata, type LocalePageProps } from "@/lib/pages/locale-page";
import { PageHeader } from "@/components/ui/PageHeader";

export const generateMetadata = pageMetadata(["QuizSetup", "title"], "/quiz");

// Quiz setup, prerendered per locale: the sections come from content/ at build time;
// the learner's last choice and a `?sections=` preselection are applied in the browser.
export default async function QuizSetupPage({ params }: LocalePageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations("QuizSetup");
  const names = await getSectionNames(locale);
  const sections = Object.entries(names).map(([id, name]) => ({ id, ...name }));

  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6 sm:py-10">
      <PageHeader title={t("title")} intro={t("intro")} />
      <ClientMessages namespaces={["QuizSetup"]}>
        <QuizSetupForm sections={sections} kinds={QUESTION_KINDS} />
      </ClientMessages>
    </div>
  );
}
