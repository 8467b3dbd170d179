import { createTranslator } from "next-intl";
import type { Metadata } from "next";
import { NotFoundContent, notFoundLinkClass } from "@/components/site/NotFoundContent";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

// Last resort for addresses outside /en and /zh that reach Next without a locale (the
// proxy redirects most of them first). No locale is known here, so the page says it in
// both languages and links to both homes. It has no locale layout, so it renders <html>.
export const metadata: Metadata = { title: "404" };

const translators = [
  { locale: "en", t: createTranslator({ locale: "en", messages: en, namespace: "NotFoundPage" }) },
  { locale: "zh", t: createTranslator({ locale: "zh", messages: zh, namespace: "NotFoundPage" }) },
] as const;

export default function RootNotFound() {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <main>
          {translators.map(({ locale, t }) => (
            <NotFoundContent
              key={locale}
              lang={locale}
              title={t("title")}
              description={t("description")}
              homeLink={
                <a href={`/${locale}`} className={notFoundLinkClass}>
                  {t("backHome")}
                </a>
              }
            />
          ))}
        </main>
      </body>
    </html>
  );
}
