import type { ReactNode } from "react";

/** A page's title and, under it, its one-paragraph introduction. */
export function PageHeader({ title, intro, className = "mt-3 mb-8" }: { title: ReactNode; intro?: ReactNode; className?: string }) {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{title}</h1>
      {intro ? <p className={`${className} max-w-2xl text-lg leading-relaxed text-slate-700`}>{intro}</p> : null}
    </>
  );
}
