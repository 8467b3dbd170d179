// The shapes a document becomes once parsed. Plain data only, so every later
// stage (question generation, pages, the CLI) can be tested on fixtures.

/** One line of body text, kept verbatim with the 1-based line it came from. */
export type Paragraph = {
  text: string;
  line: number;
};

export type Section = {
  /** Unique across every document: `<set slug>:<section slug>`. Stored in progress rows. */
  id: string;
  /** Unique inside its document, stable while the headline does not change. Used in URLs. */
  slug: string;
  /** 0-based position in the document. */
  index: number;
  /** English headline without its label; null for the opening section, which has none. */
  title: string | null;
  /** The Chinese label from the full-width brackets, without them; null when there is none. */
  labelZh: string | null;
  /**
   * The headline exactly as written (label included; a label on its own line joined with
   * a newline), for citing it verbatim. Optional so hand-built fixtures may omit it.
   */
  headline?: Paragraph | null;
  /** A photo caption that opens the section, kept apart from the body. */
  caption: Paragraph | null;
  paragraphs: Paragraph[];
  /** Event date the section's own text states (YYYY-MM-DD), or null when it does not say. */
  date: string | null;
  /** The date is the first day of a span ("from May 10 to 12"): no single event is dated by it. */
  dateSpan?: boolean;
  /** Event place the section's lead states ("Islamabad", "Islamabad, Pakistan"), or null. */
  place: string | null;
  /** First and last line of the section in the file, 1-based, inclusive. */
  startLine: number;
  endLine: number;
};

export type ParsedDocument = {
  /** File name the text came from, as given to the parser (used in error messages). */
  file: string;
  /** Slug of the study set, derived from the file name. */
  slug: string;
  /** Publication date from the `date YYYY-MM-DD` prefix. */
  published: string;
  sections: Section[];
};
