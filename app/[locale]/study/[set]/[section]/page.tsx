import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { StudyArticle } from "@/components/study/StudyArticle";
import { routing } from "@/i18n/routing";
import { getStudySet, getStudySets } from "@/lib/content/study-sets";
import { studyHref } from "@/lib/content/study-href";
import { alternateLanguages } from "@/lib/pages/locale-page";

type StudyPageProps = { params: Promise<{ locale: string; set: string; section: string }> };

// Every section of every set, in every locale, is prerendered at build time; any
// other /study/… address is a 404 without rendering anything.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    getStudySets().flatMap((set) => set.sections.map((section) => ({ locale, set: set.slug, section: section.slug }))),
  );
}

async function findSection(params: StudyPageProps["params"]) {
  const { locale, set: setSlug, section: sectionSlug } = await params;
  const set = getStudySet(setSlug);
  const section = set?.sections.find((candidate) => candidate.slug === sectionSlug);
  if (!hasLocale(routing.locales, locale) || !set || !section) return null;
  return { locale, set, section };
}

export async function generateMetadata({ params }: StudyPageProps): Promise<Metadata> {
  const found = await findSection(params);
  if (!found) return {};
  const t = await getTranslations({ locale: found.locale, namespace: "Section" });
  return { title: found.section.title ?? t("opening"), alternates: alternateLanguages(studyHref(found.set.slug, found.section.slug)) };
}

export default async function StudyPage({ params }: StudyPageProps) {
  const found = await findSection(params);
  if (!found) notFound();
  setRequestLocale(found.locale);
  return <StudyArticle locale={found.locale} set={found.set} section={found.section} />;
}
