import { useTranslations } from "next-intl";
import { GlossaryTable } from "@/components/glossary/GlossaryTable";
import { LabelWords } from "@/components/glossary/LabelWords";
import { ListenButton } from "@/components/glossary/ListenButton";
import { PinyinToggle } from "@/components/glossary/PinyinToggle";
import { RubyLabel } from "@/components/glossary/RubyLabel";
import { SpeechRate } from "@/components/glossary/SpeechRate";
import { TermAnnouncer } from "@/components/glossary/TermAnnouncer";
import { TermText } from "@/components/glossary/TermText";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { ParsedDocument, Section } from "@/lib/content/types";
import { formatCalendarDate } from "@/lib/format/calendar-date";
import { placeInChinese } from "@/lib/glossary/place-names";
import { sectionGlossary } from "@/lib/glossary/section-glossary";
import { MarkStudiedToggle } from "./MarkStudiedToggle";
import { SectionKeyboardNav } from "./SectionKeyboardNav";
import { SectionPager } from "./SectionPager";
import { studyHref } from "@/lib/content/study-href";
import { StudiedProvider } from "./StudiedProvider";
import { BackHomeLink } from "@/components/ui/BackHomeLink";

type StudyArticleProps = { locale: Locale; set: ParsedDocument; section: Section };

// One section to read: headline with its Chinese label, date and place, the photo
// caption, the text, the studied toggle, and the way to the neighbouring sections.
// The source text is English, so it is marked lang="en" (it matters on Chinese pages).
export function StudyArticle({ locale, set, section }: StudyArticleProps) {
  const t = useTranslations("StudyPage");
  const tSection = useTranslations("Section");
  const tToggle = useTranslations("MarkStudiedToggle");
  const tStatus = useTranslations("StudiedStatus");
  const previous = set.sections[section.index - 1] ?? null;
  const next = set.sections[section.index + 1] ?? null;
  const tGlossary = useTranslations("Glossary");
  const titleOf = (candidate: Section) => candidate.title ?? tSection("opening");
  const { glossary, labelWords, cards } = sectionGlossary(set.slug, section);
  const marked = new Set<(typeof glossary)[number]>();

  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
      <BackHomeLink label={t("backToAll")} />

      <StudiedProvider locale={locale}>
        <article className="mt-2">
          <header>
            <p className="text-sm font-medium tracking-wide text-slate-600">{t("position", { number: section.index + 1, total: set.sections.length })}</p>
            <div className="mt-2 grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-start sm:gap-6">
              <h1 lang={section.title ? "en" : undefined} className="text-2xl leading-tight font-bold tracking-tight text-slate-900 sm:text-3xl">
                {titleOf(section)}
              </h1>
              {section.labelZh ? (
                <p className="justify-self-start sm:mt-1 sm:max-w-[15em]">
                  <RubyLabel
                    words={labelWords}
                    className="inline-block rounded-md bg-red-50 px-3 py-1.5 text-lg leading-loose font-medium text-balance text-red-900 ring-1 ring-red-200 ring-inset"
                  />
                </p>
              ) : null}
            </div>
            <div className="mt-3 flex flex-wrap items-center gap-3">
              {section.title ? <ListenButton text={section.title} language="en" label={tGlossary("listenHeadline")} /> : null}
              {section.labelZh ? (
                <>
                  <ListenButton text={section.labelZh} language="zh" label={tGlossary("listenTo", { text: section.labelZh })} />
                  <PinyinToggle label={tGlossary("showPinyin")} />
                </>
              ) : null}
              <SpeechRate
                label={tGlossary("speechRate")}
                rateNames={{ "0.6": tGlossary("rateSlow"), "0.8": tGlossary("rateCalm"), "1": tGlossary("rateNormal"), "1.2": tGlossary("rateFast") }}
              />
            </div>
            {section.labelZh ? <LabelWords label={section.labelZh} words={labelWords} /> : null}
            {section.date || section.place ? (
              <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-slate-700">
                {section.date ? (
                  <div className="flex gap-2">
                    <dt className="font-medium text-slate-600">{t("date")}</dt>
                    <dd>
                      <time dateTime={section.date}>{formatCalendarDate(section.date, locale)}</time>
                    </dd>
                  </div>
                ) : null}
                {section.place ? (
                  <div className="flex gap-2">
                    <dt className="font-medium text-slate-600">{t("place")}</dt>
                    {locale === "zh" && placeInChinese(section.place) ? (
                      <dd>
                        {placeInChinese(section.place)} <span lang="en">({section.place})</span>
                      </dd>
                    ) : (
                      <dd lang="en">{section.place}</dd>
                    )}
                  </div>
                ) : null}
              </dl>
            ) : null}
          </header>

          <div className="mt-6">
            <MarkStudiedToggle
              sectionId={section.id}
              labels={{
                error: tToggle("error"),
                loading: tStatus("loading"),
                mark: tToggle("mark"),
                marked: tToggle("marked"),
                notStudied: tStatus("notStudied"),
                studied: tStatus("studied"),
                unmark: tToggle("unmark"),
                unmarked: tToggle("unmarked"),
              }}
            />
          </div>

          {section.caption ? (
            <figure className="mt-8 border-l-4 border-slate-300 pl-4">
              <figcaption className="text-[0.95rem] leading-relaxed text-slate-700 italic">
                <span className="mb-1 block text-xs font-semibold tracking-wider text-slate-600 uppercase not-italic">{t("caption")}</span>
                <span lang="en">{section.caption.text}</span>
              </figcaption>
            </figure>
          ) : null}

          <TermAnnouncer />
          <div lang="en" className="mt-8 max-w-[68ch] space-y-5 text-[1.0625rem] leading-8 text-slate-800 sm:text-lg sm:leading-8">
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph.line}>
                <TermText text={paragraph.text} glossary={glossary} seen={marked} />
              </p>
            ))}
          </div>

          {cards.length > 0 ? (
            <section aria-labelledby="section-glossary" className="mt-10 rounded-lg border border-slate-300 bg-white p-4">
              <h2 id="section-glossary" className="text-lg font-semibold text-slate-900">
                {tGlossary("sectionPanel")}
              </h2>
              <GlossaryTable cards={cards} caption={tGlossary("sectionPanel")} />
              <p className="mt-3">
                <Link
                  href={`/glossary/${set.slug}`}
                  className="inline-flex min-h-11 items-center font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950"
                >
                  {tGlossary("wholeGlossary")}
                </Link>
              </p>
            </section>
          ) : null}

          {/* Also at the end of the text, where a learner who has read it all is. */}
          <div className="mt-8">
            <MarkStudiedToggle
              compact
              sectionId={section.id}
              labels={{
                error: tToggle("error"),
                loading: tStatus("loading"),
                mark: tToggle("markEnd"),
                marked: tToggle("marked"),
                notStudied: tStatus("notStudied"),
                studied: tStatus("studied"),
                unmark: tToggle("unmarkEnd"),
                unmarked: tToggle("unmarked"),
              }}
            />
          </div>

          <p className="mt-8">
            <Link
              href={{ pathname: "/quiz", query: { sections: section.id } }}
              className="inline-flex min-h-11 items-center gap-2 rounded-md border border-blue-700 bg-white px-4 py-2 font-semibold text-blue-800 hover:bg-blue-50"
            >
              {t("quiz")} <span aria-hidden="true">→</span>
            </Link>
          </p>
        </article>
      </StudiedProvider>

      <SectionPager
        label={t("sectionsNav")}
        previous={
          previous
            ? { href: studyHref(set.slug, previous.slug), title: titleOf(previous), lang: previous.title ? "en" : undefined, label: t("previous") }
            : null
        }
        next={next ? { href: studyHref(set.slug, next.slug), title: titleOf(next), lang: next.title ? "en" : undefined, label: t("next") } : null}
        hint={t.rich("keyboardHint", { kbd: (chunks) => <kbd>{chunks}</kbd> })}
      />
      <SectionKeyboardNav previousHref={previous ? studyHref(set.slug, previous.slug) : null} nextHref={next ? studyHref(set.slug, next.slug) : null} />
    </div>
  );
}
