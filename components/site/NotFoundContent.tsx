import type { ReactNode } from "react";

type NotFoundContentProps = { title: string; description: string; homeLink: ReactNode; lang?: string };

// The body of a 404 page: shared by the localized page and the bilingual root fallback.
export function NotFoundContent({ title, description, homeLink, lang }: NotFoundContentProps) {
  return (
    <div lang={lang} className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <p className="text-sm font-semibold tracking-wider text-slate-600">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900">{title}</h1>
      <p className="mt-4 text-lg leading-relaxed text-slate-700">{description}</p>
      <p className="mt-8">{homeLink}</p>
    </div>
  );
}

export const notFoundLinkClass = "inline-flex min-h-11 items-center rounded-md bg-blue-700 px-5 py-2 font-semibold text-white hover:bg-blue-800";
