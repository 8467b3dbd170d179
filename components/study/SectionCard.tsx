import { useTranslations } from "next-intl";
import { IntentLink } from "@/components/site/IntentLink";
import type { Locale } from "@/i18n/routing";
import type { Section } from "@/lib/content/types";
import { formatCalendarDate } from "@/lib/format/calendar-date";
import { studyHref } from "@/lib/content/study-href";
import { StudiedBadge } from "./StudiedBadge";

type SectionCardProps = { locale: Locale; setSlug: string; section: Section };

// One section on the home page. The whole card is clickable through its headline link
// (stretched over the card), so there is one link per card for screen readers.
export function SectionCard({ locale, setSlug, section }: SectionCardProps) {
  const t = useTranslations("Section");
  const tStatus = useTranslations("StudiedStatus");
  const title = section.title ?? t("opening");
  const preview = section.title ? null : section.paragraphs[0]?.text;

  return (
    <li className="group relative flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-5 shadow-sm transition-colors hover:border-blue-700 hover:shadow has-[a:focus-visible]:outline-3 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-blue-800">
      <p className="text-sm text-slate-600">
        {t("number", { number: section.index + 1 })}
        {section.date ? (
          <>
            <span aria-hidden="true"> · </span>
            <time dateTime={section.date}>{formatCalendarDate(section.date, locale)}</time>
          </>
        ) : null}
      </p>
      <h3 className="text-lg leading-snug font-semibold text-slate-900">
        <IntentLink
          href={studyHref(setSlug, section.slug)}
          lang={section.title ? "en" : undefined}
          className="rounded-sm group-hover:text-blue-800 after:absolute after:inset-0 after:rounded-lg focus-visible:outline-none"
        >
          {title}
        </IntentLink>
      </h3>
      {section.labelZh ? (
        <p lang="zh" className="self-start rounded-md bg-red-50 px-2.5 py-1 text-[0.95rem] text-red-900 ring-1 ring-red-200 ring-inset">
          {section.labelZh}
        </p>
      ) : null}
      {preview ? (
        <p lang="en" className="line-clamp-3 text-[0.95rem] leading-relaxed text-slate-700">
          {preview}
        </p>
      ) : null}
      <div className="mt-auto pt-1">
        <StudiedBadge sectionId={section.id} labels={{ loading: tStatus("loading"), notStudied: tStatus("notStudied"), studied: tStatus("studied") }} />
      </div>
    </li>
  );
}
