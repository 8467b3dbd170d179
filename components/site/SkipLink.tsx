import { useTranslations } from "next-intl";

// First thing a keyboard user reaches: jumps over the header to the page's content.
export function SkipLink() {
  const t = useTranslations("LocaleLayout");
  return (
    <a
      href="#main"
      className="sr-only rounded-md bg-blue-800 px-4 py-2 font-semibold text-white focus:not-sr-only focus:absolute focus:top-3 focus:left-4 focus:z-50"
    >
      {t("skipToContent")}
    </a>
  );
}
