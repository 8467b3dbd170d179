import type { Metadata } from "next";
import { hasLocale, type Messages } from "next-intl";
import { getMessages, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { routing, type Locale } from "@/i18n/routing";

// What every page under app/[locale] does first, in one place: check the locale (an
// unknown one is a 404), let next-intl render statically, and state its metadata with
// hreflang links to the same page in every language.

type LocaleParams = Promise<{ locale: string }>;

/** The props of a page under app/[locale] with no other parameter. */
export type LocalePageProps = { params: LocaleParams };

/** The page's locale from its params, set for next-intl's static rendering; a 404 for an unknown one. */
export async function pageLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/**
 * hreflang links (`alternates.languages`): the page at `path` (without the locale: ""
 * for home, "/quiz") in every locale, and x-default at the unprefixed path, which the
 * proxy redirects by the browser's language.
 */
export function alternateLanguages(path: string): Metadata["alternates"] {
  const languages: Record<string, string> = Object.fromEntries(routing.locales.map((locale) => [locale, `/${locale}${path}`]));
  languages["x-default"] = path || "/";
  return { languages };
}

/** Message namespaces with a string under `key`, so a page's title key is checked. */
type NamespaceWith<Key extends string> = { [N in keyof Messages]: Messages[N] extends Record<Key, string> ? N : never }[keyof Messages];

/**
 * A `generateMetadata` for a page titled by one message: `[namespace, key]` names it,
 * `path` is where the page is (null: no hreflang links, as on a 404).
 */
export function pageMetadata<Key extends string, P extends { locale: string }>(
  [namespace, key]: [NamespaceWith<Key>, Key],
  path: string | null | ((params: P) => string),
  extra: Metadata = {},
) {
  return async function generateMetadata({ params }: { params: Promise<P> }): Promise<Metadata> {
    const resolved = await params;
    if (!hasLocale(routing.locales, resolved.locale)) return {};
    const messages = (await getMessages({ locale: resolved.locale })) as Messages;
    const title = (messages[namespace] as Record<Key, string>)[key];
    const at = typeof path === "function" ? path(resolved) : path;
    return { ...extra, title, ...(at === null ? {} : { alternates: alternateLanguages(at) }) };
  };
}
