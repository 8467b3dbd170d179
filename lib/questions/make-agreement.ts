import type { DocumentAnalysis, SectionAnalysis } from "./analysis";
import { type Clause, splitClauses, toGerund } from "./clauses";
import type { QuestionDraft } from "./draft";
import type { Sentence } from "./sentences";

// Agreement questions test what was agreed, not grammar: each "The two sides agreed to …"
// sentence (and "X will …", "X is ready to …", "X opposes …") becomes a cloze with one
// clause blanked; wrong choices are clauses agreed or pledged in OTHER sections, so a
// wrong choice is never something these parties also agreed here.

// Leads, each ending where the agreed or pledged content starts. `form` keeps verb phrases
// ("strengthen …") and noun phrases ("any attempt to contain China") in separate pools,
// so every wrong choice reads as grammatically as the answer.
type Lead = { pattern: RegExp; agreed: boolean; form: "verb" | "noun" | "gerund" };
const LEADS: Lead[] = [
  { pattern: /^(.*?\b(?:agreed|agree|pledged|vowed|decided)\s+to)\s+(.+)$/, agreed: true, form: "verb" },
  { pattern: /^((?:The|Both)\s.*?\b(?:sides|parties|countries)\s+(?:also\s+)?called\s+for)\s+(.+)$/, agreed: true, form: "gerund" },
  {
    pattern: /^((?:The\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:\s+side)?\s+(?:will(?:\s+always|\s+continue\s+to|\s+never)?|is\s+(?:also\s+)?(?:ready|willing)\s+to|stands\s+ready\s+to))\s+(.+)$/u,
    agreed: false,
    form: "verb",
  },
  {
    pattern: /^((?:The\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:\s+side)?\s+(?:(?:firmly\s+)?oppose[sd]|is\s+(?:firmly\s+)?committed\s+to))\s+(.+)$/u,
    agreed: false,
    form: "noun",
  },
  {
    // A joint position: "Both sides opposed …", "The three parties firmly rejected …".
    pattern: /^((?:The|Both)\s.*?\b(?:sides|parties|countries)\s+(?:also\s+)?(?:jointly\s+|firmly\s+)?(?:opposed|oppose|rejected|condemned))\s+(.+)$/,
    agreed: true,
    form: "noun",
  },
];
const BLANK = "____";
const SECOND_PREDICATE = /\s+and\s+(?:also\s+)?(?:called|expressed|agreed|urged|stressed|reaffirmed|welcomed|supported)\b.*$/;
const MIN_ANSWER_WORDS = 4;
const MIN_CHOICE_WORDS = 3;

export type Pledge = {
  sentence: Sentence;
  lead: string;
  /** Who pledged, reduced to a stem so "Pakistan" and "The Pakistani side" compare equal. */
  actor: string;
  clauses: Clause[];
  agreed: boolean;
  form: Lead["form"];
};

function actorStem(lead: string, agreed: boolean): string {
  if (agreed) return "joint";
  const word = lead.replace(/^The\s+/, "").split(/\s+/)[0] ?? "";
  return word.toLowerCase().slice(0, 5);
}

function readPledge(sentence: Sentence): Pledge | null {
  for (const { pattern, agreed, form } of LEADS) {
    const match = pattern.exec(sentence.text);
    if (!match) continue;
    const lead = match[1]!;
    const offset = lead.length + (sentence.text.slice(lead.length).length - match[2]!.length);
    // After "opposes" only the first clause is what is opposed; later ones have their own verbs.
    // A second predicate joined by "and" ("opposed X and called for Y") ends the opposed object.
    const content = form === "noun" ? match[2]!.replace(SECOND_PREDICATE, ".") : match[2]!;
    const all = splitClauses(content);
    const clauses = (form === "noun" ? all.slice(0, 1) : all)
      .filter((clause) => clause.text.split(/\s+/).length >= MIN_CHOICE_WORDS)
      .map((clause) => ({ text: clause.text, start: clause.start + offset }));
    return clauses.length > 0 ? { sentence, lead, actor: actorStem(lead, agreed), clauses, agreed, form } : null;
  }
  return null;
}

export function sectionPledges(analysis: SectionAnalysis): Pledge[] {
  return analysis.sentences.map(readPledge).filter((pledge): pledge is Pledge => pledge !== null);
}

/** Clauses from every section, tagged with their section, for cross-section distractors. */
export type PooledClause = { text: string; section: string; actor: string; form: Pledge["form"] };

const REPORTED = /^.*?\b(?:said|noted|stressed|added|pointed out|emphasized|emphasised)\s+(?:that\s+)?(?=\p{Lu})/u;

/** Pledges reported inside a sentence ("Chen said that China is ready to …"): distractors only. */
function reportedPledges(analysis: SectionAnalysis): Pledge[] {
  return analysis.sentences.flatMap((sentence) => {
    const reported = REPORTED.exec(sentence.text);
    if (!reported || readPledge(sentence)) return [];
    const pledge = readPledge({ text: sentence.text.slice(reported[0].length), line: sentence.line });
    return pledge && !pledge.agreed ? [pledge] : [];
  });
}

export function clausePool(document: DocumentAnalysis): PooledClause[] {
  return document.sections.flatMap((analysis) =>
    [...sectionPledges(analysis), ...reportedPledges(analysis)].flatMap((pledge) =>
      pledge.clauses.flatMap((clause) => {
        const pooled = { text: clause.text, section: analysis.section.id, actor: pledge.actor, form: pledge.form };
        // A verb clause also serves, as a gerund, where gerunds or nouns are wanted ("called for …").
        return pledge.form === "verb" ? [pooled, { ...pooled, text: toGerund(clause.text), form: "gerund" as const }] : [pooled];
      }),
    ),
  );
}

/** Forms that fit the blank: "opposes ____" takes a noun phrase or a gerund. */
const FITS: Record<Pledge["form"], Pledge["form"][]> = { verb: ["verb"], gerund: ["gerund"], noun: ["noun", "gerund"] };

/** The clause to blank: the longest one, which carries the most content to recall. */
function keyClause(pledge: Pledge) {
  return [...pledge.clauses].sort((a, b) => b.text.length - a.text.length || a.start - b.start)[0]!;
}

/**
 * Clauses indexed once per document, so that each question costs O(1) to set up rather
 * than a pass over every clause of the document (which made big documents quadratic).
 */
export type ClauseIndex = { inSection: (id: string) => string[]; candidates: (form: Pledge["form"], actor: string) => string[] };

export function clauseIndex(pool: PooledClause[]): ClauseIndex {
  const bySection = new Map<string, string[]>();
  for (const clause of pool) {
    const list = bySection.get(clause.section) ?? [];
    if (list.length === 0) bySection.set(clause.section, list);
    list.push(clause.text);
  }
  const memo = new Map<string, string[]>();
  return {
    inSection: (id) => bySection.get(id) ?? [],
    candidates: (form, actor) => {
      const key = `${form}|${actor}`;
      if (!memo.has(key)) memo.set(key, pool.filter((c) => FITS[form].includes(c.form) && c.actor !== actor).map((c) => c.text));
      return memo.get(key)!;
    },
  };
}

export function agreementQuestions(analysis: SectionAnalysis, index: ClauseIndex): QuestionDraft[] {
  const id = analysis.section.id;
  // This section's own clauses are what these parties did agree: never wrong choices.
  const here = index.inSection(id);
  return sectionPledges(analysis).flatMap((pledge) => {
    const clause = keyClause(pledge);
    if (clause.text.split(/\s+/).length < MIN_ANSWER_WORDS) return [];
    // Wrong choices: same grammatical form, pledged by someone else.
    const others = index.candidates(pledge.form, pledge.actor);
    const text = pledge.sentence.text;
    const cloze = `${text.slice(0, clause.start)}${BLANK}${text.slice(clause.start + clause.text.length)}`;
    return [{
      section: id,
      kind: "agreement" as const,
      prompt: pledge.agreed
        ? { en: `Complete what was agreed: “${cloze}”`, zh: `请补全各方达成的共识：“${cloze}”` }
        : { en: `Complete the commitment: “${cloze}”`, zh: `请补全这一表态：“${cloze}”` },
      answer: clause.text,
      accept: [clause.text],
      source: text,
      sourceLine: pledge.sentence.line,
      pool: others,
      alsoCorrect: here,
    }];
  });
}
