import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site/SiteHeader";
import { PINYIN_BOOT_SCRIPT } from "@/components/glossary/pinyin-boot";
import { SkipLink } from "@/components/site/SkipLink";
import { routing } from "@/i18n/routing";
import { env } from "@/lib/env";

type LocaleLayoutProps = {
  children: ReactNode;
  params: Promise<{ locale: string }>;
};

// Every page is prerendered once per locale; nothing here reads the request.
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Omit<LocaleLayoutProps, "children">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "LocaleLayout" });
  return {
    // The base of the pages' absolute URLs (their hreflang links).
    metadataBase: new URL(env.SITE_URL),
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
  };
}

export default async function LocaleLayout({ children, params }: LocaleLayoutProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const messages = await getMessages();

  return (
    // The boot script sets data-pinyin before the first paint, hence the warning suppressed.
    <html lang={locale} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: PINYIN_BOOT_SCRIPT }} />
      </head>
      <body className="flex min-h-dvh flex-col">
        {/* Only the error page's few messages here: each is inlined into every page's HTML.
            Pages with translated client components pass theirs through <ClientMessages>. */}
        <NextIntlClientProvider messages={{ ErrorPage: messages.ErrorPage }}>
          <SkipLink />
          <SiteHeader />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
