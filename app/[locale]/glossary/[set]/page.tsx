import { kindLabels } from "@/components/glossary/kind-labels";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { GlossarySearch } from "@/components/glossary/GlossarySearch";
import { SpeechRate } from "@/components/glossary/SpeechRate";
import { routing } from "@/i18n/routing";
import { getStudySet, getStudySets } from "@/lib/content/study-sets";
import { formatCalendarDate } from "@/lib/format/calendar-date";
import { documentEntries } from "@/lib/glossary/document-entries";
import { toTermCard } from "@/lib/glossary/term-card";
import { pageLocale, pageMetadata } from "@/lib/pages/locale-page";
import { BackHomeLink } from "@/components/ui/BackHomeLink";

type GlossaryPageProps = { params: Promise<{ locale: string; set: string }> };

// One document's glossary, searchable, in both locales; prerendered at build time.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getStudySets().map((set) => ({ locale, set: set.slug })));
}

export const generateMetadata = pageMetadata(["Glossary", "pageTitle"], ({ set }: { locale: string; set: string }) => `/glossary/${set}`);

export default async function GlossaryPage({ params }: GlossaryPageProps) {
  const locale = await pageLocale(params);
  const set = getStudySet((await params).set);
  if (!set) notFound();
  const t = await getTranslations({ locale, namespace: "Glossary" });
  const cards = documentEntries(set).map(toTermCard);
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-10">
      <BackHomeLink label={t("backToAll")} />
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("pageTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("pageIntro", { date: formatCalendarDate(set.published, locale), count: cards.length })}</p>
      <p className="mt-3">
        <SpeechRate label={t("speechRate")} rateNames={{ "0.6": t("rateSlow"), "0.8": t("rateCalm"), "1": t("rateNormal"), "1.2": t("rateFast") }} />
      </p>
      <div className="mt-6">
        <GlossarySearch
          cards={cards}
          labels={{
            search: t("searchLabel"),
            columnEnglish: t("columnEnglish"),
            columnChinese: t("columnChinese"),
            columnKind: t("columnKind"),
            kinds: kindLabels(t),
            results: Array.from({ length: cards.length + 1 }, (_, count) => t("searchResults", { count })),
            listenTo: t("listenTo", { text: "{text}" }),
          }}
        />
      </div>
    </div>
  );
}
