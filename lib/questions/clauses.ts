import { memoByText } from "../text/memo-by-text";
// Splitting what parties agreed or committed to into its clauses: "accelerate major
// projects of the CPEC, plan and conduct industrial cooperation, and actively expand
// cooperation in new areas including agriculture, technology and new energy".
// A comma starts a new clause only when a verb (or an adverb before one) follows, so
// lists of nouns ("agriculture, technology and new energy") stay inside their clause.

const VERBS = new Set(
  (
    "accelerate achieve adhere address advance assist boost bring build carry combat conduct consolidate continue " +
    "cooperate coordinate crack create cope deepen defend develop do encourage enhance ensure establish expand explore " +
    "facilitate firmly follow formulate foster fulfill fulfil further give handle help hold implement improve increase " +
    "intensify jointly join keep launch maintain make oppose plan play pool promote properly protect provide pursue push " +
    "reject reinforce resist resolve respect respond restart resume safeguard seek share speed step stick strengthen " +
    "support sustain take track treat uphold upgrade work object sign tackle hunt ensure prevent boost offer"
  ).split(" "),
);

/** -ing and -ly words that continue a phrase instead of starting a clause. */
const NOT_CLAUSE = new Set(["including", "concerning", "regarding", "according", "during", "only", "early", "family", "italy"]);

// "do its utmost to ensure …" is one pledge; ", to ensure …" after a comma is its purpose.
const PURPOSE = /,?\s+(?:so as to|in order to|in a bid to|with a view to|so that)\s|,\s+to\s+ensure\s/;

const ATTRIBUTION = /,["”]?\s+(?:the\s+)?[\p{L}'’ -]{1,60}?\s+(?:said|added|noted|stressed)\.?$/u;

/** Words that start a verb clause; shared with the list reader, where they end a list. */
export { VERBS as CLAUSE_VERBS };

export type Clause = { text: string; start: number };

function startsClause(rest: string): boolean {
  const word = /^(?:and\s+)?([a-z-]+)/.exec(rest)?.[1];
  if (word === undefined || NOT_CLAUSE.has(word)) return false;
  // "-ing" starts a clause only as a verb's gerund ("jointly safeguarding …"), not as a noun ("mining").
  const gerund = /^(.+?)(?:ing)$/.exec(word)?.[1];
  // "on a green, sharing, open and clean basis": a gerund in a list of adjectives is one of them.
  const isGerund =
    gerund !== undefined &&
    [gerund, `${gerund}e`, gerund.slice(0, -1)].some((stem) => VERBS.has(stem)) &&
    !/^(?:and\s+)?[a-z-]+(?:,|\s+(?:and|or)\s)/.test(rest);
  return VERBS.has(word) || /ly$/.test(word) || isGerund;
}

/** The clauses of `content` (the text after "agreed to"), with offsets into `content`. */
export function splitClauses(content: string): Clause[] {
  return [...clausesOf(content)];
}

// Each position's clauses are read again for every other position it is weighed against.
const clausesOf = memoByText((content: string): readonly Clause[] => readClauses(content));

function readClauses(content: string): Clause[] {
  // The purpose tail ("in a bid to help Pakistan …") is context, not something agreed.
  // So is a trailing attribution ("…, Keller said.").
  const unattributed = content.replace(ATTRIBUTION, "");
  const purpose = PURPOSE.exec(unattributed);
  const body = purpose ? unattributed.slice(0, purpose.index) : unattributed.replace(/[.;]\s*$/, "");
  const clauses: Clause[] = [];
  let start = 0;
  const commas = /,\s+/g;
  for (let match = commas.exec(body); match; match = commas.exec(body)) {
    const next = match.index + match[0].length;
    if (!startsClause(body.slice(next))) continue;
    clauses.push({ text: body.slice(start, match.index), start });
    start = next + (/^and\s+/.exec(body.slice(next))?.[0].length ?? 0);
  }
  clauses.push({ text: body.slice(start), start });
  return clauses.filter((clause) => clause.text.split(/\s+/).length >= 2);
}
