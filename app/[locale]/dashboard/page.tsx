import { kindLabels } from "@/components/glossary/kind-labels";
import { getTranslations } from "next-intl/server";
import { Dashboard } from "@/components/dashboard/Dashboard";
import { TermsLearned } from "@/components/glossary/TermsLearned";
import { getSectionNames } from "@/lib/content/section-names";
import { ClientMessages } from "@/components/site/ClientMessages";
import { pageLocale, pageMetadata, type LocalePageProps } from "@/lib/pages/locale-page";
import { PageHeader } from "@/components/ui/PageHeader";

export const generateMetadata = pageMetadata(["Dashboard", "title"], "/dashboard");

// Progress dashboard: prerendered per locale; the learner's figures load in the browser.
export default async function DashboardPage({ params }: LocalePageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations("Dashboard");
  const sections = await getSectionNames(locale);
  const tGlossary = await getTranslations("Glossary");

  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-10">
      <PageHeader title={t("title")} intro={t("intro")} />
      <ClientMessages namespaces={["Dashboard", "DueCounts", "QuizSetup", "TransferPanel"]}>
        <Dashboard sections={sections} />
      </ClientMessages>
      <TermsLearned
        labels={{
          heading: tGlossary("learnedHeading"),
          caption: tGlossary("learnedCaption"),
          kindColumn: tGlossary("columnKind"),
          learnedColumn: tGlossary("learnedColumn"),
          kinds: kindLabels(tGlossary),
          value: tGlossary("learnedValue", { learned: "{learned}", total: "{total}" }),
          loading: tGlossary("learnedLoading"),
          error: tGlossary("learnedError"),
        }}
      />
    </div>
  );
}
