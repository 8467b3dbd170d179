import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { LocaleSwitcher } from "./LocaleSwitcher";
import { NavLinks } from "./NavLinks";

// The app name, the main sections of the app and the language switch, on every page.
// Translated here on the server; the client leaves only get strings.
export function SiteHeader() {
  const t = useTranslations("SiteHeader");
  const tLayout = useTranslations("LocaleLayout");
  const links = [
    { href: "/", label: t("study") },
    { href: "/quiz", label: t("quiz") },
    { href: "/review", label: t("review") },
    { href: "/dashboard", label: t("dashboard") },
  ];

  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="mr-auto rounded-sm text-lg font-bold tracking-tight text-slate-900 hover:text-blue-800">
          {tLayout("title")}
        </Link>
        <LocaleSwitcher />
        <NavLinks label={t("navLabel")} links={links} />
      </div>
    </header>
  );
}
