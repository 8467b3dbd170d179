import { useLocale, useTranslations } from "next-intl";
import { routing } from "@/i18n/routing";
import { LocaleSwitcherLinks } from "./LocaleSwitcherLinks";

// Each language is named in itself ("English", "中文"), so it is recognisable whichever
// language the page is in. The links keep the current page (see LocaleSwitcherLinks).
export function LocaleSwitcher() {
  const t = useTranslations("LocaleSwitcher");
  const current = useLocale();
  const options = routing.locales.map((locale) => ({ locale, label: t("locale", { locale }), current: locale === current }));

  return <LocaleSwitcherLinks label={t("label")} options={options} />;
}
