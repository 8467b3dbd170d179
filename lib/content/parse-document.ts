import { BARE_DATELINE, datedBySpan, eventDate, fileCaption, readBackFromPublication } from "./event-date";
import { eventPlace, placeDateLine } from "./event-place";
import { isValidIsoDate } from "./dates";
import { DocumentFormatError } from "./format-error";
import { assertBracketsBalanced, labelOnlyLine, splitTrailingLabel } from "./label";
import { endsLikeSentence, readsAsCaption, readsAsSubheading, readsAsUnlabeledHeadline } from "./line-kinds";
import { inOrder } from "./in-order";
import { slugFromFileName, slugify, uniqueSlug } from "./slug";
import type { Paragraph, ParsedDocument, Section } from "./types";

const DATE_PREFIX = /^\s*date\s+(\S+)(?:\s+(.*))?$/;

type Line = { text: string; line: number };

type Heading = { title: string; labelZh: string | null; text: string; line: number; endLine: number };

type RawSection = { heading: Heading | null; body: Line[] };

/**
 * Parses one document: `date YYYY-MM-DD` and the opening section's body on the first
 * line, then sections that each start with an English headline (usually ending in a
 * Chinese label in full-width brackets, or with the label alone on the next line).
 * Throws DocumentFormatError naming the file and line for anything malformed.
 */
export function parseDocument(text: string, file: string): ParsedDocument {
  const { published, lines } = readLines(text, file);
  const raw = groupSections(lines, file);
  const taken = new Set<string>();
  const setSlug = slugFromFileName(file);
  const sections: Section[] = [];
  const readBack: boolean[] = [];
  for (const [index, section] of raw.entries()) {
    const previous = sections.findLast((earlier) => earlier.date !== null)?.date ?? null;
    const made = toSection(section, index, setSlug, published, taken, file, previous);
    sections.push(made.section);
    readBack.push(made.readBack);
  }
  if (sections.length === 0) throw new DocumentFormatError(file, 1, "the document has no text after the date line");
  return { file, slug: setSlug, published, sections: inOrder(sections, readBack, published) };
}

function readLines(text: string, file: string): { published: string; lines: Line[] } {
  const all = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const firstIndex = all.findIndex((line) => line.trim() !== "");
  const first = firstIndex >= 0 ? all[firstIndex]! : "";
  const match = DATE_PREFIX.exec(first);
  if (!match) {
    throw new DocumentFormatError(file, firstIndex + 1 || 1, "expected the first line to start with `date YYYY-MM-DD`");
  }
  if (!isValidIsoDate(match[1]!)) {
    throw new DocumentFormatError(file, firstIndex + 1, `\`${match[1]}\` is not a valid date (expected YYYY-MM-DD)`);
  }
  const lines: Line[] = [];
  if (match[2]?.trim()) lines.push({ text: match[2].trim(), line: firstIndex + 1 });
  all.slice(firstIndex + 1).forEach((raw, offset) => {
    if (raw.trim() !== "") lines.push({ text: raw.trim(), line: firstIndex + 2 + offset });
  });
  lines.forEach((line) => assertBracketsBalanced(line.text, file, line.line));
  return { published: match[1]!, lines };
}

function groupSections(lines: Line[], file: string): RawSection[] {
  const sections: RawSection[] = [];
  const labelled = lines.some((line) => labelOnlyLine(line.text) || splitTrailingLabel(line.text).labelZh);
  let current: RawSection = { heading: null, body: [] };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    // A headline needs body text under it, so the line right after one is never an unlabeled headline.
    const justHeaded = current.heading !== null && current.body.length === 0;
    const heading = headingAt(line, next, justHeaded, labelled);
    if (heading) {
      if (current.heading || current.body.length > 0) sections.push(current);
      current = { heading, body: [] };
      if (heading.endLine !== line.line) i++; // the label line was consumed
      continue;
    }
    if (labelOnlyLine(line.text)) {
      throw new DocumentFormatError(file, line.line, "a Chinese label on its own line must follow a headline");
    }
    current.body.push(line);
  }
  if (current.heading || current.body.length > 0) sections.push(current);
  for (const section of sections) {
    if (section.heading && section.body.length === 0) {
      throw new DocumentFormatError(file, section.heading.line, "empty section: a headline with no text under it");
    }
  }
  return sections;
}

/** "Closing Statement by … Bi-National Commission, Cape Town, 17 November 2010": a statement's headline that ends with its place and day. */
function headlinePlaceDate(title: string | null): string | undefined {
  const parts = title?.split(/,\s+/) ?? [];
  return [3, 2]
    .filter((count) => count < parts.length)
    .map((count) => parts.slice(-count).join(", "))
    .find((tail) => placeDateLine(tail));
}

function headingAt(line: Line, next: Line | undefined, justHeaded: boolean, labelled: boolean): Heading | null {
  if (labelOnlyLine(line.text)) return null;
  const nextLabel = next ? labelOnlyLine(next.text) : null;
  // A body sentence ("… in Islamabad.") followed by a stray label is not a headline.
  if (nextLabel && next && !/[.。]["”’)）]*$/u.test(line.text)) {
    return { title: line.text, labelZh: nextLabel, text: `${line.text}\n${next.text}`, line: line.line, endLine: next.line };
  }
  const split = splitTrailingLabel(line.text);
  if (split.labelZh) return { ...split, text: line.text, line: line.line, endLine: line.line };
  // An unlabeled headline needs text after it; a last line without a stop is body text.
  // A photo caption ("… (Xinhua/Li Wei)") has no final stop either, but it is not a headline.
  // Where the releases carry labels, a short sentence-case line is a subheading inside one
  // ("A trustworthy neighbor and partner"), not a release of its own.
  if (labelled && readsAsSubheading(line.text)) return null;
  // There, too, a line in capitals is a subheading ("DEEPENING PRACTICAL COOPERATION"), and a
  // line whose next line is no sentence is part of a speech's byline ("President of the
  // People's Republic of China" above "At the 19th Meeting of …"), not a release's headline.
  if (labelled && (!/\p{Ll}/u.test(line.text) || !(next && endsLikeSentence(next.text)))) return null;
  // A speech's place-and-date line ("(Pretoria, South Africa, November 18, 2010)") is its byline.
  if (placeDateLine(line.text)) return null;
  // … and a briefing's numbered part ("First, on the attendance of …") is one too.
  if (labelled && /^(?:First|Second|Third|Fourth|Fifth|Finally|Lastly),\s/.test(line.text)) return null;
  if (next && !justHeaded && !labelOnlyLine(next.text) && readsAsUnlabeledHeadline(line.text) && !readsAsCaption(line.text)) {
    return { title: line.text, labelZh: null, text: line.text, line: line.line, endLine: line.line };
  }
  return null;
}

const MAX_BYLINE_LINES = 6;

function toSection(
  raw: RawSection,
  index: number,
  setSlug: string,
  published: string,
  taken: Set<string>,
  file: string,
  previousDate: string | null,
): { section: Section; readBack: boolean } {
  const body: Paragraph[] = raw.body.map(({ text, line }) => ({ text, line }));
  const opensWithCaption = body.length > 1 && readsAsCaption(body[0]!.text);
  const caption = opensWithCaption ? body[0]! : null;
  const paragraphs = opensWithCaption ? body.slice(1) : body;
  if (paragraphs.length === 0) {
    throw new DocumentFormatError(file, raw.heading?.line ?? 1, "empty section: no paragraphs");
  }
  // A file photo's caption dates and places another occasion: the report's paragraph alone leads.
  const dating = caption && !fileCaption(caption.text, published) ? caption.text : null;
  // A deck under the headline ("Endow the China-EU Comprehensive Strategic Partnership with …":
  // no final stop, no date) is no report: the first sentence after it leads. (A caption without
  // its credit, "… in Bamako, Mali, on Feb. 12, 2009. [Xinhua]", has its date.)
  const deck = !endsLikeSentence(paragraphs[0]!.text) && !/\d/.test(paragraphs[0]!.text);
  // A dateline on a line of its own ("BEIJING, China, January 11, 2017/APO/ --") is the day and
  // city of the filing: the report under it says when and where ("On January 9, 2017 local
  // time, … in Dar es Salaam"), so it leads, the dateline after it.
  const bareDateline = BARE_DATELINE.test(paragraphs[0]!.text) && paragraphs[1] !== undefined;
  const skip = (deck && paragraphs[1] !== undefined && endsLikeSentence(paragraphs[1].text)) || bareDateline;
  // A speech's byline ("Remarks by H.E. …", "President of …", "Bishkek, 14 June 2019"), lines
  // without a stop above its first sentence, states the place and day of the speech.
  const byline = paragraphs.slice(0, Math.max(0, paragraphs.findIndex((p) => endsLikeSentence(p.text))));
  const spoken = byline.slice(0, MAX_BYLINE_LINES).find((p) => placeDateLine(p.text))?.text ?? headlinePlaceDate(raw.heading?.title ?? null);
  // The report's own paragraph first (then a skipped deck or byline, "By … in Ottawa"), then the caption.
  const report = spoken ? [spoken] : skip ? [paragraphs[1]!.text, paragraphs[0]!.text] : [paragraphs[0]!.text];
  const lead = [...report, dating].filter((text): text is string => Boolean(text));
  const title = raw.heading?.title ?? null;
  const slug = uniqueSlug(title ? slugify(title) || `section-${index + 1}` : "opening", taken);
  const date = eventDate(lead, paragraphs.slice(0, 4).map((p) => p.text), published, previousDate);
  const section: Section = {
    id: `${setSlug}:${slug}`,
    slug,
    index,
    title,
    labelZh: raw.heading?.labelZh ?? null,
    headline: raw.heading ? { text: raw.heading.text, line: raw.heading.line } : null,
    caption,
    paragraphs,
    // The report's own first paragraph before the caption: a caption may show another day's event.
    date,
    dateSpan: datedBySpan(lead),
    // The first paragraph is the report's own statement; a caption only describes a photo (of the section's day, its place).
    place: eventPlace(lead, published, paragraphs.slice(1, 4).map((p) => p.text), date),
    startLine: raw.heading?.line ?? body[0]!.line,
    endLine: body[body.length - 1]!.line,
  };
  return { section, readBack: readBackFromPublication(lead, paragraphs.slice(0, 4).map((p) => p.text), published) };
}
