import { useTranslations } from "next-intl";
import { NotFoundContent, notFoundLinkClass } from "@/components/site/NotFoundContent";
import { Link } from "@/i18n/navigation";

// Rendered inside the locale's layout whenever a page under /en or /zh calls notFound():
// an unknown section, or any unknown path (through [...rest]). Next answers 404.
export default function LocaleNotFound() {
  const t = useTranslations("NotFoundPage");
  return (
    <NotFoundContent
      title={t("title")}
      description={t("description")}
      homeLink={
        <Link href="/" className={notFoundLinkClass}>
          {t("backHome")}
        </Link>
      }
    />
  );
}
