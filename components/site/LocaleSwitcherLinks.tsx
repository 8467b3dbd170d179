"use client";

import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { Link, usePathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type LocaleSwitcherLinksProps = {
  label: string;
  options: { locale: Locale; label: string; current: boolean }[];
};

// Plain links (not a select) so switching works with a click, a tap or Enter, and the
// target is a real URL: the same page, with the same query (a quiz's ?id=, a preselected
// section), in the other language. Pages are prerendered without a query, so the links
// render query-less first and gain the query once the browser's URL is known.
export function LocaleSwitcherLinks(props: LocaleSwitcherLinksProps) {
  return (
    <Suspense fallback={<SwitcherList {...props} search="" />}>
      <SwitcherListWithQuery {...props} />
    </Suspense>
  );
}

function SwitcherListWithQuery(props: LocaleSwitcherLinksProps) {
  const search = useSearchParams()?.toString() ?? "";
  return <SwitcherList {...props} search={search} />;
}

function SwitcherList({ label, options, search }: LocaleSwitcherLinksProps & { search: string }) {
  const pathname = usePathname();
  const href = search ? `${pathname}?${search}` : pathname;

  return (
    <nav aria-label={label}>
      <ul className="flex items-center gap-1 rounded-lg border border-slate-300 p-0.5 text-sm">
        {options.map((option) => (
          <li key={option.locale}>
            <Link
              href={href}
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
