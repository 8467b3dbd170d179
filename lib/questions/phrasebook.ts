import { z } from "zod";
import data from "../../content/glossary/phrasebook.json";
import type { DocumentAnalysis } from "./analysis";
import { splitClauses } from "./clauses";
import { countriesIn } from "./parties";
import type { Position, Stance } from "./positions";

// The phrasebook: clauses from other visits' releases that name no party, so that a
// position question has plausible wrong choices even when the document itself holds
// few pledges by anyone but the visitor's side.

/** Stances whose content reads alike, so a wrong choice fits the question's verb. */
export const STANCE_GROUP: Record<Stance, string> = {
  agree: "do",
  pledge: "do",
  should: "do",
  support: "for",
  call: "for",
  oppose: "against",
  hope: "hope",
  view: "view",
};

const Phrasebook = z.object({
  note: z.string(),
  clauses: z.array(
    z.object({ text: z.string().min(1), group: z.string().min(1), from: z.string().min(1), published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  ),
});

const CLAUSES = Phrasebook.parse(data).clauses;

/**
 * Phrasebook clauses of one group ("do", "for", "against") in use by `published`: a slogan
 * of 2023 ("oppose decoupling") among the choices of a 2013 visit is the odd one out.
 */
export function phrasebook(group: string, published: string): string[] {
  return CLAUSES.filter((clause) => clause.group === group && clause.published <= published).map((clause) => clause.text);
}

// "work with Pakistan to strengthen …": the partner is the same in every pledge of the
// visit; what is pledged starts after it, and reads the same whoever pledged it.
const WITH_PARTNER =
  /^(?:(?:continue\s+to\s+)?(?:work|join\s+hands|cooperate|partner)\s+(?:closely\s+|together\s+|hand\s+in\s+hand\s+)?with\s+(?:the\s+)?[\p{Lu}][\p{L}'’ -]*?(?:\s+side)?(?:\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*)?\s+to\s+(?:jointly\s+)?)/u;

export function withoutPartner(clause: { text: string; start: number }): { text: string; start: number } {
  const lead = WITH_PARTNER.exec(clause.text);
  return lead ? { text: clause.text.slice(lead[0].length), start: clause.start + lead[0].length } : clause;
}

const MIN_WORDS = 5;
const MAX_WORDS = 12;
// "work with China to …" and "help Pakistan …" name a party; so do "its"/"their" (whose?).
const NAMES_SOMEONE = /\b(?:its|their|his|her|our|the two|both|three|bilateral|each other)\b|\p{Lu}/u;
// "to this end", "these countries": points at words the clause leaves behind. A pandemic's
// measures ("fast lanes", "work and production resumption") belong to their months only.
const NEEDS_ITS_SENTENCE = /\b(?:this|these|that|those|such)\b/;
const OF_ITS_MONTHS = /\b(?:vaccines?|pandemic|epidemic|COVID|fast lanes|resumption)\b/i;
// "further development from a new starting point": no verb to read after "would".
const NO_VERB = /^(?:further|always|also)\s+\p{L}+(?:ment|tion|ship|ness)\b/u;

/** The clauses of a position fit for the phrasebook: party-neutral verb or noun phrases. */
export function phrasebookClauses(position: Position, document: DocumentAnalysis): { text: string; group: string }[] {
  const group = STANCE_GROUP[position.stance];
  if (group === "hope" || group === "view") return [];
  return splitClauses(position.content)
    .slice(0, position.form === "noun" ? 1 : undefined)
    .map((clause) => withoutPartner({ text: clause.text.replace(/[,.]$/, "").trim(), start: 0 }).text)
    .filter((text) => {
      const words = text.split(/\s+/).length;
      return (
        words >= MIN_WORDS &&
        words <= MAX_WORDS &&
        !NAMES_SOMEONE.test(text) &&
        !NEEDS_ITS_SENTENCE.test(text) &&
        !OF_ITS_MONTHS.test(text) &&
        !NO_VERB.test(text) &&
        countriesIn(text).size === 0 &&
        document.find(text).length === 0
      );
    })
    .map((text) => ({ text, group: position.form === "noun" ? `${group}-noun` : group }));
}
