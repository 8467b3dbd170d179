import { getTranslations } from "next-intl/server";
import { Dashboard } from "@/components/dashboard/Dashboard";
import { TermsLearned } from "@/components/glossary/TermsLearned";
import { getSectionNames } from "@/lib/content/section-names";
import { ClientMessages } from "@/components/site/ClientMessages";
import { pageLocale, pageMetadata } from "@/lib/pages/locale-page";

type DashboardPageProps = { params: Promise<{ locale: string }> };

export const generateMetadata = pageMetadata(["Dashboard", "title"], "/dashboard");

// Progress dashboard: prerendered per locale; the learner's figures load in the browser.
export default async function DashboardPage({ params }: DashboardPageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Dashboard" });
  const sections = await getSectionNames(locale);
  const tGlossary = await getTranslations({ locale, namespace: "Glossary" });

  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-10">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 mb-8 max-w-2xl text-lg leading-relaxed text-slate-700">{t("intro")}</p>
      <ClientMessages namespaces={["Dashboard", "DueCounts", "QuizSetup", "TransferPanel"]}>
        <Dashboard sections={sections} />
      </ClientMessages>
      <TermsLearned
        labels={{
          heading: tGlossary("learnedHeading"),
          caption: tGlossary("learnedCaption"),
          kindColumn: tGlossary("columnKind"),
          learnedColumn: tGlossary("learnedColumn"),
          kinds: { person: tGlossary("kinds.person"), place: tGlossary("kinds.place"), organisation: tGlossary("kinds.organisation"), term: tGlossary("kinds.term") },
          value: tGlossary("learnedValue", { learned: "{learned}", total: "{total}" }),
          loading: tGlossary("learnedLoading"),
          error: tGlossary("learnedError"),
        }}
      />
    </div>
  );
}
