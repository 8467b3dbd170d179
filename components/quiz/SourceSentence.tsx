import { sectionHref } from "@/lib/content/study-href";
import { Link } from "@/i18n/navigation";
import { textLink } from "@/components/ui/styles";
import { MixedText } from "./text-lang";

type Props = {
  source: string;
  /** Where the server found the answer in `source` ([start, end)); null when it is not there verbatim. */
  range: { start: number; end: number } | null;
  sectionId: string;
  /** Localized "Source" heading and link text, already translated by the caller. */
  sourceLabel: string;
  linkText: React.ReactNode;
};

/** The sentence a question came from, with the answer marked, and a link to its section. */
export function SourceSentence({ source, range, sectionId, sourceLabel, linkText }: Props) {
  const parts: [string, string, string] | null =
    range && range.start < range.end && range.end <= source.length
      ? [source.slice(0, range.start), source.slice(range.start, range.end), source.slice(range.end)]
      : null;
  return (
    <figure className="mt-4 rounded-md border-l-4 border-slate-400 bg-slate-50 p-3">
      <figcaption className="text-sm font-semibold text-slate-800">{sourceLabel}</figcaption>
      <blockquote className="mt-1 leading-relaxed">
        {parts ? (
          <>
            <MixedText text={parts[0]} verbatim />
            <mark className="rounded bg-yellow-200 px-0.5 font-semibold text-slate-950">
              <MixedText text={parts[1]} verbatim />
            </mark>
            <MixedText text={parts[2]} verbatim />
          </>
        ) : (
          <MixedText text={source} verbatim />
        )}
      </blockquote>
      <p className="mt-2 text-sm">
        <Link href={sectionHref(sectionId)} className={textLink}>
          {linkText}
        </Link>
      </p>
    </figure>
  );
}
