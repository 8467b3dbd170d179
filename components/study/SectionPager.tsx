import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

type PagerTarget = { href: string; title: string; lang: "en" | undefined; label: string };

type SectionPagerProps = {
  label: string;
  previous: PagerTarget | null;
  next: PagerTarget | null;
  /** The keyboard shortcuts, written out under the links. */
  hint: ReactNode;
};

// Previous / next section links, each naming where it goes, and the keyboard hint.
export function SectionPager({ label, previous, next, hint }: SectionPagerProps) {
  return (
    <nav aria-label={label} className="mt-12 border-t border-slate-200 pt-6">
      <ul className="grid gap-3 sm:grid-cols-2">
        <li>{previous ? <PagerLink target={previous} rel="prev" /> : null}</li>
        <li className="sm:text-right">{next ? <PagerLink target={next} rel="next" /> : null}</li>
      </ul>
      <p className="mt-4 text-sm leading-7 text-slate-600">{hint}</p>
    </nav>
  );
}

function PagerLink({ target, rel }: { target: PagerTarget; rel: "prev" | "next" }) {
  return (
    <Link
      href={target.href}
      rel={rel}
      className="flex h-full flex-col gap-1 rounded-lg border border-slate-300 bg-white p-4 shadow-sm hover:border-blue-700 hover:text-blue-900"
    >
      <span className="text-sm font-medium text-blue-800">
        {rel === "prev" ? <span aria-hidden="true">← </span> : null}
        {target.label}
        {rel === "next" ? <span aria-hidden="true"> →</span> : null}
      </span>
      <span lang={target.lang} className="line-clamp-3 font-semibold text-slate-900">
        {target.title}
      </span>
    </Link>
  );
}
