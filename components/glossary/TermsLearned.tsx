"use client";

import { useApi } from "@/lib/client/use-api";
import type { TermsLearned as Figures } from "@/lib/glossary/terms-learned";
import { TableHead } from "@/components/ui/TableHead";
import { Meter } from "@/components/ui/Meter";
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
        <table className="mt-3 w-full max-w-xl border-collapse text-left" data-testid="terms-learned">
          <caption className="sr-only">{labels.caption}</caption>
          <TableHead columns={[labels.kindColumn, labels.learnedColumn]} rowClassName="border-b border-slate-300 text-sm text-slate-700" />
          <tbody>
            {figures.map((row) => (
              <tr key={row.kind} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-medium">
                  {labels.kinds[row.kind]}
                </th>
                <td className="p-2">
                  <span className="flex items-center gap-3">
                    <Meter value={row.total ? row.learned / row.total : 0} className="w-32" barClassName="bg-emerald-700" />
                    <span>{labels.value.replace("{learned}", String(row.learned)).replace("{total}", String(row.total))}</span>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </CardSection>
  );
}
