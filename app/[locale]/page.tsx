import { useTranslations } from "next-intl";
import { SectionCard } from "@/components/study/SectionCard";
import { StudiedProvider } from "@/components/study/StudiedProvider";
import { StudyProgress } from "@/components/study/StudyProgress";
import type { Locale } from "@/i18n/routing";
import { getStudySets } from "@/lib/content/study-sets";
import { formatCalendarDate } from "@/lib/format/calendar-date";
import { pageLocale, pageMetadata, type LocalePageProps } from "@/lib/pages/locale-page";
import { PageHeader } from "@/components/ui/PageHeader";

export const generateMetadata = pageMetadata(["HomePage", "title"], "");

// Every study set (one per file in content/) with its sections as cards, and the
// learner's overall progress. Prerendered per locale; studied state arrives client-side.
export default async function HomePage({ params }: LocalePageProps) {
  return <HomeContent locale={await pageLocale(params)} />;
}

function HomeContent({ locale }: { locale: Locale }) {
  const t = useTranslations("HomePage");
  const tProgress = useTranslations("StudyProgress");
  const sets = getStudySets();
  const sectionIds = sets.flatMap((set) => set.sections.map((section) => section.id));
  const summaries = Array.from({ length: sectionIds.length + 1 }, (_, studied) => tProgress("summary", { studied, total: sectionIds.length }));

  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-10">
      <PageHeader title={t("title")} intro={t("intro")} className="mt-3" />

      <StudiedProvider locale={locale}>
        <section aria-labelledby="progress-heading" className="mt-8 rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
          <h2 id="progress-heading" className="text-lg font-semibold text-slate-900">
            {t("progressHeading")}
          </h2>
          <div className="mt-2">
            <StudyProgress
              sectionIds={sectionIds}
              summaries={summaries}
              labels={{ label: tProgress("label"), loading: tProgress("loading"), error: tProgress("error") }}
            />
          </div>
        </section>

        {sets.map((set) => (
          <section key={set.slug} aria-labelledby={`set-${set.slug}`} className="mt-10">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <h2 id={`set-${set.slug}`} className="text-xl font-semibold text-slate-900">
                {t.rich("setHeading", {
                  date: formatCalendarDate(set.published, locale),
                  time: (chunks) => <time dateTime={set.published}>{chunks}</time>,
                })}
              </h2>
              <p className="text-sm text-slate-600">{t("sectionCount", { count: set.sections.length })}</p>
            </div>
            <ol className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {set.sections.map((section) => (
                <SectionCard key={section.id} locale={locale} setSlug={set.slug} section={section} />
              ))}
            </ol>
          </section>
        ))}
      </StudiedProvider>
    </div>
  );
}
