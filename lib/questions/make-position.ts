import type { DocumentAnalysis } from "./analysis";
import { CLAUSE_VERBS, splitClauses } from "./clauses";
import type { QuestionDraft } from "./draft";
import { type EventContext, eventContext } from "./event-context";

import { type KeyPhrase, classOf, glossaryPhrases, listItems, namePhrases, nounChunks } from "./key-phrases";
import { glossaryEntry, glossaryTerms, glossaryVariants } from "../glossary/shared-glossary";
import { countriesIn } from "./parties";
import { STANCE_GROUP, phrasebook, withoutPartner } from "./phrasebook";
import { type Position, sectionPositions } from "./positions";

// Position questions test what was agreed, pledged, supported or opposed, and by whom.
// Each position gives one question:
// - a cloze that blanks its distinctive phrase (a named initiative, organisation or
//   project, or one field of a list), with wrong choices of the same sort that this party
//   never took up anywhere in the document; or, when no phrase has such choices,
// - "What did Pakistan pledge to do?", with one of its clauses as the answer and clauses
//   held by OTHER parties as wrong choices (none that this party also said).

const BLANK = "____";
const MAX_CLOZE_WORDS = 40;
const MIN_CONTEXT_WORDS = 8;
const WINDOW = 10;
const MAX_CLAUSE_WORDS = 14;
const MIN_CLAUSE_WORDS = 3;
const STOP = new Set(
  "the a an and or of to in on for with by at as from into its their his her our this that these those is are be will would further also all both two three each other such more new".split(" "),
);

const fold = (text: string) => text.toLowerCase().replace(/[’']/g, "'");
const contentWords = (text: string) => fold(text).split(/[^\p{L}\p{N}'-]+/u).filter((word) => word && !STOP.has(word));

function similar(a: string, b: string): boolean {
  const x = new Set(contentWords(a));
  const y = new Set(contentWords(b));
  if (x.size === 0 || y.size === 0) return false;
  const shared = [...x].filter((word) => y.has(word)).length;
  return shared / Math.min(x.size, y.size) >= 0.5;
}

const BEFORE_A_PHRASE = new Set(
  "the a an of in on to for with and or by as at from into its their his her our such including between among against through about than both all".split(" "),
);

/** A term that a word before it qualifies ("security capacity building"): only part of the name. */
function insideCompound(text: string, phrase: KeyPhrase): boolean {
  const before = /([\p{L}-]+)[,]?\s+$/u.exec(text.slice(0, phrase.start));
  if (!before || /[,]\s+$/.test(text.slice(0, phrase.start))) return false;
  const word = before[1]!.toLowerCase();
  return !BEFORE_A_PHRASE.has(word) && !CLAUSE_VERBS.has(word) && !/(?:ed|ing)$/.test(word);
}

/** Phrases found twice (a glossary term that is also a list item) count once, the longer first. */
function distinct(phrases: KeyPhrase[]): KeyPhrase[] {
  const sorted = [...phrases].sort((a, b) => b.text.length - a.text.length);
  const kept: KeyPhrase[] = [];
  for (const phrase of sorted) {
    if (!kept.some((other) => phrase.start < other.start + other.text.length && other.start < phrase.start + phrase.text.length)) kept.push(phrase);
  }
  return kept;
}

/** A phrase's sort: the glossary's when it knows the phrase, else the phrase's head word. */
function categoryOf(phrase: KeyPhrase): string {
  return glossaryEntry(phrase.text)?.category ?? phrase.category;
}

type Indexed = { position: Position; section: string };

type DocumentPositions = {
  all: Indexed[];
  /** Every sentence in which a holder (by key, or a member of a joint holder) takes a position. */
  textsOf: (position: Position, section?: string) => string[];
  names: KeyPhrase[];
  items: KeyPhrase[];
};

type Chunk = ReturnType<typeof nounChunks>[number];

function indexPositions(document: DocumentAnalysis): DocumentPositions {
  const all = document.sections.flatMap((analysis) =>
    sectionPositions(analysis, document).map((position) => ({ position, section: analysis.section.id })),
  );
  const sentences = document.sections.flatMap((analysis) => analysis.sentences.map((sentence) => sentence.text));
  return {
    all,
    // A party "also took" a phrase if any of its own positions, or a joint one it is part of, names it.
    textsOf: (position, section) =>
      all
        .filter(({ section: at }) => section === undefined || at === section)
        .filter(({ position: other }) => other.holder.members.some((member) => position.holder.members.includes(member)) || other.holder.key === position.holder.key)
        .map(({ position: other }) => other.sentence.text),
    names: sentences.flatMap((text) => namePhrases(text, document.find)),
    items: sentences.flatMap(listItems),
  };
}

/** One text inside the other, or the same name spelt another way ("East Turkestan" / "East Turkistan"). */
function overlaps(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  return x.includes(y) || y.includes(x) || editDistance(x, y) <= Math.max(1, Math.floor(Math.min(x.length, y.length) / 8));
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const lastWord = (text: string) => fold(text.replace(/\s*\([^)]*\)$/, "")).split(/\s+/).pop() ?? "";

/** A wrong choice must read as the same sort of name: "… Initiative" for "… Initiative", not for "Belt and Road". */
function sameShape(answer: string, candidate: string): boolean {
  const a = lastWord(answer);
  const b = lastWord(candidate);
  // "partners" for "partnership": another form of the same word reads as a slip.
  if (a !== b && a.slice(0, 6) === b.slice(0, 6)) return false;
  if (a === b || !/^\p{Lu}/u.test(answer)) return true;
  return classOf(a) !== undefined && classOf(a) === classOf(b);
}

/**
 * Wrong choices for a blanked name or term: the same sort, from the document and the shared
 * glossary, never in this sentence and never something this party (or a joint position it
 * is part of) names at the same event. What it said at another event is a fair wrong choice
 * for this sentence: the blank asks what was said here.
 */
function phraseChoices(phrase: KeyPhrase, position: Position, index: DocumentPositions, section: string): string[] {
  // "the China-Pakistan Economic Corridor" among railways elsewhere: its country gives it away.
  if (countriesIn(phrase.text.replace(/-/g, " ")).size > 0) return [];
  const category = categoryOf(phrase);
  const inDocument = phrase.kind === "item" ? index.items : index.names.filter((other) => categoryOf(other) === category);
  // The shared glossary adds terms of the same sort that this document never mentions.
  const pool = [...inDocument.map((other) => other.text), ...glossaryTerms(category)];
  const variants = glossaryVariants(phrase.text);
  const here = [position.sentence.text, ...index.textsOf(position, section)];
  const own = here.map(fold);
  // Names this party used here, in any spelling ("East Turkestan" and "East Turkistan" are one group).
  const ownNames = here.flatMap((text) => namePhrases(text, () => []).map((name) => name.text));
  const seen = new Set<string>();
  const choices: string[] = [];
  for (const candidate of pool) {
    const key = fold(candidate);
    if (seen.has(key) || overlaps(candidate, phrase.text) || variants.some((variant) => overlaps(variant, candidate))) continue;
    if (!sameShape(phrase.text, candidate) || countriesIn(candidate.replace(/-/g, " ")).size > 0) continue;
    seen.add(key);
    if (own.some((text) => text.includes(key)) || ownNames.some((name) => overlaps(name, candidate))) continue;
    if (glossaryVariants(candidate).some((variant) => own.some((text) => text.includes(fold(variant))))) continue;
    choices.push(candidate);
  }
  return choices;
}

/** The cloze text: the sentence with the phrase blanked, cut to the clause around it when long. */
function cloze(position: Position, start: number, length: number): string {
  const text = position.sentence.text;
  // The dateline ("BERLIN, July 4 (Xinhua) -- ") is the report's, not part of the statement.
  const from = DATELINE_START.exec(text)?.[0].length ?? 0;
  const blanked = `${text.slice(from, start)}${BLANK}${text.slice(start + length)}`;
  if (from > 0) return clozeText({ ...position, contentStart: Math.max(0, position.contentStart - from) }, blanked, start - from, length);
  return clozeText(position, blanked, start, length);
}

const DATELINE_START = /^[A-Z][A-Z .'’-]+,\s+(?:[A-Z][\p{L} .'’-]+,\s+)?[A-Z][a-z]+\.?\s+\d{1,2}(?:\s+\([^)]*\))?\s*(?:--|–|—)\s*/u;

function clozeText(position: Position, blanked: string, start: number, length: number): string {
  if (blanked.split(/\s+/).length <= MAX_CLOZE_WORDS) return blanked;
  const text = position.sentence.text.slice(position.sentence.text.length - (blanked.length - BLANK.length + length));
  // The clause holding the blank (clauses start at verbs), after the lead that says who holds it.
  const clause = splitClauses(position.content)
    .map((part) => ({ from: position.contentStart + part.start, to: position.contentStart + part.start + part.text.length }))
    .find((part) => part.from <= start && start < part.to) ?? { from: position.contentStart, to: text.length };
  const to = clause.to + BLANK.length - length;
  const lead = text.slice(0, position.contentStart).trimEnd();
  const middle = blanked.slice(clause.from, to).trim().replace(/[,.]$/, "");
  if (middle.split(/\s+/).length >= MIN_CONTEXT_WORDS) {
    return `${lead}${clause.from > position.contentStart ? " …" : ""} ${middle}${to < blanked.length - 2 ? " …" : "."}`;
  }
  // A short clause ("uphold ____") says too little: a window of words around the blank instead.
  const words = blanked.slice(position.contentStart).split(/\s+/);
  const at = words.findIndex((word) => word.includes(BLANK));
  const from = Math.max(0, at - WINDOW);
  const until = Math.min(words.length, at + WINDOW + 1);
  return `${lead}${from > 0 ? " …" : ""} ${words.slice(from, until).join(" ").replace(/[,.]$/, "")}${until < words.length ? " …" : "."}`;
}

function contextEn(context: EventContext | null): string {
  return context ? ` (${context.en})` : "";
}

function contextZh(context: EventContext | null): string {
  return context ? `（${context.zh}）` : "";
}

const RARITY_MEMO = new WeakMap<DocumentPositions, Map<string, number>>();

/** How rare a phrase's words are in the document's positions: rarer phrases teach more. */
function rarity(text: string, index: DocumentPositions): number {
  let counts = RARITY_MEMO.get(index);
  if (!counts) {
    counts = new Map();
    for (const { position } of index.all) for (const word of contentWords(position.sentence.text)) counts.set(word, (counts.get(word) ?? 0) + 1);
    RARITY_MEMO.set(index, counts);
  }
  const words = contentWords(text);
  if (words.length === 0) return 0;
  return words.reduce((sum, word) => sum + 1 / (counts!.get(word) ?? 1), 0) / words.length;
}

function phraseQuestion(position: Position, index: DocumentPositions, section: string, context: EventContext | null): QuestionDraft | null {
  const text = position.sentence.text;
  const candidates = distinct([...namePhrases(text, () => []), ...glossaryPhrases(text), ...listItems(text)])
    .filter((phrase) => phrase.start >= position.contentStart)
    // "educational, cultural and other ____": the words before it name the answer's sort;
    // "security ____ and security system": a blank inside a compound reads as nonsense.
    .filter((phrase) => !/\bother\s+$/.test(text.slice(0, phrase.start)) && !insideCompound(text, phrase))
    .map((phrase) => ({ phrase, choices: phraseChoices(phrase, position, index, section) }))
    .filter(({ choices }) => choices.length >= 2)
    .sort((a, b) => (b.phrase.kind === "name" ? 1 : 0) - (a.phrase.kind === "name" ? 1 : 0) || rarity(b.phrase.text, index) - rarity(a.phrase.text, index) || a.phrase.start - b.phrase.start);
  const best = candidates[0];
  if (!best) return null;
  const { phrase, choices } = best;
  const sentence = cloze(position, phrase.start, phrase.text.length);
  return {
    section,
    kind: "agreement",
    prompt: {
      en: `Fill in the blank${contextEn(context)}: “${sentence}”`,
      zh: `请填空${contextZh(context)}：“${sentence}”`,
    },
    answer: phrase.text,
    accept: [phrase.text],
    source: text,
    sourceLine: position.sentence.line,
    pool: choices,
    alsoCorrect: [],
    score: phrase.kind === "name" ? 0.9 : 0.8,
  };
}

const CHUNK_MEMO = new WeakMap<DocumentPositions, Map<Position, Chunk[]>>();

function chunksOf(position: Position, index: DocumentPositions): Chunk[] {
  let memo = CHUNK_MEMO.get(index);
  if (!memo) CHUNK_MEMO.set(index, (memo = new Map()));
  let chunks = memo.get(position);
  if (!chunks) memo.set(position, (chunks = nounChunks(position.sentence.text).filter((chunk) => chunk.start >= position.contentStart)));
  return chunks;
}

/** Slots narrow enough that what fills them in another sentence fits here too. */
const CHUNK_SLOTS = new Set(["in", "on", "for", "against", "including", "verb"]);

const plural = (text: string) => /s$/.test(text.split(/\s+/).pop() ?? "");

/**
 * A cloze on a plain noun phrase ("security capacity building"): wrong choices are noun
 * phrases that fill the same slot ("in ____") in what OTHER parties said, of a like length
 * and number, and never something this party also said.
 */
function chunkQuestion(position: Position, index: DocumentPositions, section: string, context: EventContext | null): QuestionDraft | null {
  const own = index.all.filter(({ position: other }) => other.holder.members.some((member) => position.holder.members.includes(member)));
  const ownText = own.map(({ position: other }) => fold(other.sentence.text));
  const candidates = chunksOf(position, index)
    .map((chunk) => {
      const length = chunk.text.split(/\s+/).length;
      const seen = new Set<string>();
      const choices: string[] = [];
      for (const { position: other } of index.all) {
        if (own.some((mine) => mine.position === other)) continue;
        for (const candidate of chunksOf(other, index)) {
          const key = fold(candidate.text);
          if (seen.has(key) || candidate.slot !== chunk.slot || plural(candidate.text) !== plural(chunk.text)) continue;
          if (Math.abs(candidate.text.split(/\s+/).length - length) > 1 || similar(candidate.text, chunk.text)) continue;
          if (ownText.some((text) => text.includes(key))) continue;
          seen.add(key);
          choices.push(candidate.text);
        }
      }
      return { chunk, choices };
    })
    .filter(({ choices, chunk }) => choices.length >= 2 && contentWords(chunk.text).length >= 2 && CHUNK_SLOTS.has(chunk.slot))
    .sort((a, b) => rarity(b.chunk.text, index) - rarity(a.chunk.text, index) || a.chunk.start - b.chunk.start);
  const best = candidates[0];
  if (!best) return null;
  const sentence = cloze(position, best.chunk.start, best.chunk.text.length);
  return {
    section,
    kind: "agreement",
    prompt: { en: `Fill in the blank${contextEn(context)}: “${sentence}”`, zh: `请填空${contextZh(context)}：“${sentence}”` },
    answer: best.chunk.text,
    accept: [best.chunk.text],
    source: position.sentence.text,
    sourceLine: position.sentence.line,
    pool: best.choices,
    alsoCorrect: [],
    score: 0.65,
  };
}

type Ask = { en: string; zh: string };


function askFor(position: Position): Ask | null {
  const { holder, stance, form } = position;
  const plural = holder.key.startsWith("joint");
  const it = plural ? "they" : "it";
  const H = holder.en.replace(/^the\s/, "the ");
  const Hz = holder.zh;
  switch (stance) {
    case "agree":
      return { en: `What did ${H} agree to do`, zh: `${Hz}商定要做什么` };
    case "pledge":
      return form === "verb"
        ? { en: `What did ${H} say ${it} would do`, zh: `${Hz}表示将做什么` }
        : { en: `What did ${H} say ${it} ${plural ? "are" : "is"} committed to`, zh: `${Hz}表示致力于什么` };
    case "should":
      return { en: `What did the text say ${H} should do`, zh: `文中说${Hz}应当做什么` };
    case "support":
      return { en: `What did ${H} say ${it} ${plural ? "support" : "supports"}`, zh: `${Hz}表示支持什么` };
    case "oppose":
      return { en: `What did ${H} say ${it} ${plural ? "oppose" : "opposes"}`, zh: `${Hz}表示反对什么` };
    case "call":
      return { en: `What did ${H} call for`, zh: `${Hz}呼吁什么` };
    default:
      return null;
  }
}

/** Every clause of a position short enough to be offered as a choice. */
function choiceClauses(position: Position): { text: string; start: number }[] {
  return splitClauses(position.content)
    .slice(0, position.form === "noun" ? 1 : undefined)
    .map((clause) => withoutPartner({ text: clause.text.replace(/,$/, ""), start: position.contentStart + clause.start }))
    .filter((clause) => {
      const words = clause.text.split(/\s+/).length;
      return words >= MIN_CLAUSE_WORDS && words <= MAX_CLAUSE_WORDS && contentWords(clause.text).length >= 3;
    });
}

/** A clause of what is held, short enough to be a choice, as it stands in the sentence. */
function keyClause(position: Position, index: DocumentPositions): { text: string; start: number } | null {
  const clauses = choiceClauses(position);
  return clauses.sort((a, b) => rarity(b.text, index) - rarity(a.text, index) || a.start - b.start)[0] ?? null;
}

function clauseQuestion(position: Position, index: DocumentPositions, section: string, context: EventContext | null): QuestionDraft | null {
  const ask = askFor(position);
  const answer = keyClause(position, index);
  if (!ask || !answer || position.stance === "hope" || position.stance === "view") return null;
  // "support Italian companies …" among slogans naming no one: the one tied to the visit stands out.
  if (countriesIn(answer.text.replace(/-/g, " ")).size > 0) return null;
  // "Own" positions: the party's, and any it shares ("the two sides" for China, China's for "the two sides").
  const own = index.all.filter(({ position: other }) => other.holder.members.some((member) => position.holder.members.includes(member)));
  const holderCountries = new Set(position.holder.members);
  // What this party (or a joint position it is part of) said, clause by clause.
  const ownClauses = own.flatMap(({ position: mine }) => splitClauses(mine.content).map((clause) => clause.text));
  const pool: string[] = [];
  for (const { position: other, section: otherSection } of index.all) {
    if (other.form !== position.form || other.holder.key === position.holder.key) continue;
    if (STANCE_GROUP[other.stance] !== STANCE_GROUP[position.stance]) continue;
    if (position.holder.key.startsWith("joint") && otherSection === section) continue;
    // Another party's clause is a fair wrong choice unless this party said much the same (checked below).
    for (const clause of choiceClauses(other)) {
    // A choice naming the asked party ("cooperate with China" for China) gives itself away.
    if ([...countriesIn(clause.text)].some((country) => holderCountries.has(country))) continue;
    if (ownClauses.some((mine) => similar(mine, clause.text))) continue;
    // "its" for one party, "their" for several: a choice of the other number reads wrong.
    if (/\bits\b/.test(clause.text) !== /\bits\b/.test(answer.text) && /\b(?:its|their)\b/.test(clause.text)) continue;
    if (similar(clause.text, answer.text)) continue;
    pool.push(clause.text);
    }
  }
  // Other visits' pledges, naming no one, when this document has too few of its own.
  const group = position.form === "noun" ? `${STANCE_GROUP[position.stance]}-noun` : STANCE_GROUP[position.stance];
  for (const clause of phrasebook(group)) {
    if (!ownClauses.some((mine) => similar(mine, clause)) && !similar(clause, answer.text)) pool.push(clause);
  }
  if (pool.length < 2) return null;
  // Closest in length first, so that the answer is not the one long (or short) choice.
  const nearest = [...new Set(pool)]
    .filter((clause) => countriesIn(clause.replace(/-/g, " ")).size === 0)
    .sort((a, b) => Math.abs(a.length - answer.text.length) - Math.abs(b.length - answer.text.length) || (a < b ? -1 : 1))
    .slice(0, 4);
  if (nearest.length < 2) return null;
  return {
    section,
    kind: "agreement",
    prompt: {
      en: `${ask.en}${contextEn(context)}?`,
      zh: `${contextZh(context)}${ask.zh}？`,
    },
    answer: answer.text,
    accept: [answer.text],
    source: position.sentence.text,
    sourceLine: position.sentence.line,
    pool: nearest,
    alsoCorrect: [],
    score: 0.7,
  };
}

/** Why each position did or did not become a question: for authors tuning a document. */
export function explainPositions(document: DocumentAnalysis): string[] {
  const index = indexPositions(document);
  return index.all.map(({ position, section }) => {
    const analysis = document.sections.find((candidate) => candidate.section.id === section)!;
    const context = eventContext(analysis, document);
    const made = [
      ["phrase", phraseQuestion(position, index, section, context)],
      ["clause", clauseQuestion(position, index, section, context)],
      ["chunk", chunkQuestion(position, index, section, context)],
    ] as const;
    const outcome = made.map(([name, draft]) => `${name}:${draft ? `${draft.answer} [${draft.pool.length}]` : "-"}`).join(" | ");
    return `${position.holder.key} ${position.stance}: ${position.content.slice(0, 70)}\n    ${outcome}\n    clause answer: ${keyClause(position, index)?.text ?? "-"}`;
  });
}

export function positionQuestions(document: DocumentAnalysis): QuestionDraft[] {
  const index = indexPositions(document);
  return index.all.flatMap(({ position, section }) => {
    const analysis = document.sections.find((candidate) => candidate.section.id === section)!;
    const context = eventContext(analysis, document);
    const question =
      phraseQuestion(position, index, section, context) ??
      clauseQuestion(position, index, section, context) ??
      chunkQuestion(position, index, section, context);
    return question ? [question] : [];
  });
}


