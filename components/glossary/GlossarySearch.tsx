"use client";

import { useId, useState } from "react";
import type { TermCard } from "@/lib/glossary/term-card";
import { GlossaryRows, type GlossaryRowsLabels } from "./GlossaryRows";

export type GlossarySearchLabels = GlossaryRowsLabels & {
  search: string;
  /** "{count} entries" for each count, precomputed: ICU plurals stay on the server. */
  results: string[];
};

/** Folds case, accents and tone marks, so "qin gang" finds qín gāng. */
function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, "");
}

/** The document's glossary, searchable in English, Chinese or pinyin (with or without tones). */
export function GlossarySearch({ cards, labels }: { cards: TermCard[]; labels: GlossarySearchLabels }) {
  const [query, setQuery] = useState("");
  const id = useId();
  const wanted = fold(query);
  const shown = wanted
    ? cards.filter((card) => [card.en, ...card.variants, card.zh, card.zhFull ?? "", card.pinyin, card.title ?? ""].some((text) => fold(text).includes(wanted)))
    : cards;
  return (
    <div>
      <p className="flex flex-wrap items-center gap-3">
        <label htmlFor={id} className="font-medium text-slate-800">
          {labels.search}
        </label>
        <input
          id={id}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          className="min-h-11 w-full max-w-sm rounded-md border border-slate-500 bg-white px-3"
        />
      </p>
      <p role="status" className="mt-2 text-sm text-slate-700">
        {labels.results[shown.length] ?? String(shown.length)}
      </p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <GlossaryRows cards={shown} labels={labels} />
        </table>
      </div>
    </div>
  );
}
