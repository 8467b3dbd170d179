import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { routing } from "@/i18n/routing";
import { pageMetadata } from "@/lib/pages/locale-page";

type CatchAllProps = { params: Promise<{ locale: string }> };

// Any path under a locale that no page matches (including paths below a section, like
// /en/study/<set>/<section>/extra) lands here, so the localized not-found page renders
// inside the locale's layout instead of Next's unlocalized default.
//
// Next 16 answers 404 but does not server-render a not-found boundary reached through
// notFound() on a dynamic route: the HTML is an empty shell and the page is drawn from
// the inline RSC payload (vercel/next.js#62228). Wrapping it in Suspense (loading.tsx)
// would server-render it but turn the status into 200, so this keeps the 404.
export const generateMetadata = pageMetadata(["NotFoundPage", "title"], null);

export default async function CatchAllPage({ params }: CatchAllProps) {
  const { locale } = await params;
  if (hasLocale(routing.locales, locale)) setRequestLocale(locale);
  notFound();
}
