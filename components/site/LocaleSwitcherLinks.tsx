"use client";

import { Link, usePathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type LocaleSwitcherLinksProps = {
  label: string;
  options: { locale: Locale; label: string; current: boolean }[];
};

// Plain links (not a select) so switching works with a click, a tap or Enter, and the
// target is a real URL: the same page in the other language.
export function LocaleSwitcherLinks({ label, options }: LocaleSwitcherLinksProps) {
  const pathname = usePathname();

  return (
    <nav aria-label={label}>
      <ul className="flex items-center gap-1 rounded-lg border border-slate-300 p-0.5 text-sm">
        {options.map((option) => (
          <li key={option.locale}>
            <Link
              href={pathname}
              locale={option.locale}
              lang={option.locale}
              hrefLang={option.locale}
              aria-current={option.current ? "true" : undefined}
              className={`inline-flex min-h-9 items-center rounded-md px-3 font-medium ${
                option.current ? "bg-slate-800 text-white" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900"
              }`}
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
