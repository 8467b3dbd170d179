"use client";

import { useApi } from "@/lib/client/use-api";
import type { TermsLearned as Figures } from "@/lib/glossary/terms-learned";
import { MeterTable } from "@/components/ui/MeterTable";
import { CardSection } from "@/components/ui/CardSection";

export type TermsLearnedLabels = {
  heading: string;
  caption: string;
  kindColumn: string;
  learnedColumn: string;
  kinds: Record<Figures[number]["kind"], string>;
  /** "{learned} of {total}" with the placeholders left in, filled here. */
  value: string;
  loading: string;
  error: string;
};

/** Glossary terms learned per kind (people, places, organisations, terms), from the learner's term questions. */
export function TermsLearned({ labels }: { labels: TermsLearnedLabels }) {
  const { data, error } = useApi<{ kinds: Figures }>("/api/progress/terms");
  const figures = data ? data.kinds : error ? "error" : "loading";
  return (
    <CardSection id="terms-learned" title={labels.heading} headingClassName="text-xl font-semibold text-slate-900" className="mt-10">
      {figures === "loading" || figures === "error" ? (
        <p role="status" className="mt-2 text-slate-700">
          {figures === "loading" ? labels.loading : labels.error}
        </p>
      ) : (
        <MeterTable
          caption={labels.caption}
          columns={[labels.kindColumn, labels.learnedColumn]}
          rows={figures.map((row) => ({
            key: row.kind,
            heading: labels.kinds[row.kind],
            share: row.total ? row.learned / row.total : 0,
            text: labels.value.replace("{learned}", String(row.learned)).replace("{total}", String(row.total)),
          }))}
          className="mt-3 w-full max-w-xl"
          headRowClassName="border-b border-slate-300 text-sm text-slate-700"
          meterClassName="w-32"
          barClassName="bg-emerald-700"
          testId="terms-learned"
        />
      )}
    </CardSection>
  );
}
