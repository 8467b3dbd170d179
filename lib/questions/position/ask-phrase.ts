import { memoByText } from "../../text/memo-by-text";
import type { QuestionDraft } from "../draft";
import type { EventContext } from "../event-context";
import { glossaryEntry, glossaryTerms, glossaryVariants } from "../../glossary/shared-glossary";
import { type KeyPhrase, classOf, glossaryPhrases, namePhrases } from "../key-phrases";
import { countriesIn } from "../parties";
import type { Position } from "../positions";
import { sameWord } from "../term-cues";
import { needsArticle, sameHeadFirst } from "./choice-form";
import { cloze, contextEn, contextZh } from "./cloze-text";
import { quotedSentence } from "../render";
import { type DocumentPositions, fold, overlaps, rarity, touches } from "./position-index";
import {
  boundPhrase,
  byElimination,
  categoryOf,
  partnerUnsaid,
  fieldItem,
  fieldsFollow,
  insideCompound,
  joinedNoun,
  lastWord,
  namedInHeadline,
  pairedField,
  qualifiesNext,
  sharedHead,
} from "./blank-context";

// A cloze that blanks a position's distinctive phrase (a named initiative, organisation or
// project, or a standing term), with wrong choices of the same sort.

/** Phrases found twice (a glossary term that is also part of a name) count once, the longer first. */
function distinct(phrases: KeyPhrase[]): KeyPhrase[] {
  const sorted = [...phrases].sort((a, b) => b.text.length - a.text.length);
  const kept: KeyPhrase[] = [];
  for (const phrase of sorted) {
    if (!kept.some((other) => phrase.start < other.start + other.text.length && other.start < phrase.start + phrase.text.length)) kept.push(phrase);
  }
  return kept;
}

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
  // "as ____" for "all-weather strategic cooperative partners" among "… partnership"s: the
  // text's form of a term ends otherwise than the wrong choices' forms, and the grammar tells.
  const canonical = glossaryEntry(phrase.text)?.en[0];
  if (canonical && lastWord(canonical) !== lastWord(phrase.text)) return [];
  // "the China-Pakistan Economic Corridor" among railways elsewhere: its country gives it away.
  if (countriesIn(phrase.text.replace(/-/g, " ")).size > 0) return [];
  const category = categoryOf(phrase);
  const article = /\b(an?)\s+$/i.exec(position.sentence.text.slice(0, phrase.start))?.[1]?.toLowerCase();
  // No article or possessive before the blank, even with adjectives between ("a future-oriented ____").
  const bare =
    !needsArticle(phrase.text) &&
    !/\b(?:the|a|an|its|their|our|his|her|this|that|these|those|each|every|any|[\p{L}]+['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(
      position.sentence.text.slice(0, phrase.start),
    );
  const inDocument = index.names.filter((other) => categoryOf(other) === category);
  // The shared glossary adds terms of the same sort that this document never mentions. Not
  // for a bloc: "coordinate within the ____" has for answers only the groups both parties
  // belong to, and the African Union for China and Pakistan reads as absurd; a bloc the
  // document itself names is one the reader weighs.
  // Nor for a project: "the Gwadar Port" or "the Mombasa-Nairobi railway" beside a Sri Lankan
  // port is told apart by its country, not recalled; the document's own projects are not.
  const pool = [...inDocument.map((other) => other.text), ...(category === "bloc" || category === "project" ? [] : glossaryTerms(category, index.published))];
  const variants = glossaryVariants(phrase.text);
  const here = [position.sentence.text, ...index.textsOf(position, section)];
  const own = here.map(fold);
  // Names this party used here, in any spelling ("East Turkestan" and "East Turkistan" are one group).
  const ownNames = here.flatMap((text) => namePhrases(text, () => []).map((name) => name.text));
  const seen = new Set<string>();
  const choices: string[] = [];
  const joined = joinedNoun(position.sentence.text, phrase);
  for (const candidate of pool) {
    // "UN Security Council" beside "United Nations Security Council": one body, two choices,
    // both ruled out together. One key per glossary entry, and UN for United Nations.
    const key = glossaryEntry(candidate)?.zh ?? fold(candidate.replace(/\bUnited Nations\b/g, "UN"));
    if (seen.has(key) || overlaps(candidate, phrase.text) || variants.some((variant) => overlaps(variant, candidate))) continue;
    if (!sameShape(phrase.text, candidate) || countriesIn(candidate.replace(/-/g, " ")).size > 0) continue;
    seen.add(key);
    if (own.some((text) => text.includes(key)) || ownNames.some((name) => overlaps(name, candidate))) continue;
    // "hegemonism" where the party opposed "hegemony" at the same event: said, in other words.
    if (saidInOtherWords(candidate, own)) continue;
    // "strengthening ____" with "cultural exchanges" for the answer: "people-to-people
    // exchanges" (人文交流, cultural ones among them) is as right.
    if (PEOPLES_EXCHANGES.test(candidate) && PEOPLES_EXCHANGES.test(phrase.text)) continue;
    // "build a ____": a choice that needs "an" is ruled out by the article.
    if (article && /^[aeiou]/i.test(candidate) !== (article === "an")) continue;
    // "jointly safeguard ____ and …": with no article before the blank, "open world economy"
    // or "new type of international relations" (each wants "an" or "a") is ruled out.
    if (bare && needsArticle(candidate)) continue;
    if (glossaryVariants(candidate).some((variant) => own.some((text) => text.includes(fold(variant))))) continue;
    // "Friendly exchanges and ____": "cultural exchanges" repeats the noun beside the blank,
    // which the text would not, and so is ruled out by the reading.
    if (joined && lastWord(candidate) === joined && lastWord(phrase.text) !== joined) continue;
    choices.push(candidate);
  }
  return sameHeadFirst(phrase.text, choices);
}

/** Exchanges between peoples, each holding or held by the others: never one beside another. */
const PEOPLES_EXCHANGES =
  /^(?:people-to-people|cultural|youth|personnel|non-governmental|humanities|people-to-people and cultural|cultural and people-to-people)\s+exchanges$/i;
/**
 * What people-to-people exchanges (人文交流) are made of, or say in other words: two or more of
 * its fields listed together ("cooperation in culture, education and tourism"), exchanges
 * between peoples, or mutual learning among civilizations.
 */
const PEOPLES_CUES =
  /\b(?:culture|education|tourism|youth|sports?|media)\s*(?:,|and)\s*(?:\w+\s*,\s*)*(?:culture|education|tourism|youth|sports?|media)\b|\bpeople-to-people\b|\bcultural\s+exchanges\b|\bmutual\s+learning\s+among\s+civili[sz]ations\b/i;

/** "attached importance to ____, promoted mutual learning among civilizations, advanced people-to-people exchanges": the sentence says the answer again. */
function peoplesExplained(text: string, phrase: KeyPhrase): boolean {
  const around = `${text.slice(0, phrase.start)} ${text.slice(phrase.start + phrase.text.length)}`;
  return PEOPLES_EXCHANGES.test(phrase.text) && PEOPLES_CUES.test(around);
}

/**
 * "strengthen ____ … address both symptoms and root causes of terrorism": whether the
 * sentence around the blank repeats a word of `choice` (the answer by default), which points
 * at it ("counter-terrorism cooperation").
 */
function echoing(text: string, phrase: KeyPhrase, choice = phrase.text): boolean {
  const around = `${text.slice(0, phrase.start)} ${text.slice(phrase.start + phrase.text.length)}`;
  // "maintain ____ … the scheduled high-level visit": a compound of the answer's, though each
  // of its words alone is too common to count.
  const compounds = choice.toLowerCase().match(/\p{L}+(?:-\p{L}+)+/gu) ?? [];
  return touches(choice.replace(/-/g, " "), around.replace(/-/g, " ")) || compounds.some((compound) => around.toLowerCase().includes(compound));
}

const wordsOf = memoByText((text: string): string[] => text.split(/[^\p{L}]+/u));

/** Every word of the candidate (of four letters or more) stands, in some form, in what was said here. */
function saidInOtherWords(candidate: string, own: string[]): boolean {
  const words = fold(candidate)
    .split(/[\s-]+/)
    .filter((word) => word.length >= 4);
  const said = own.flatMap(wordsOf);
  return words.length > 0 && words.every((word) => said.some((other) => sameWord(word, other)));
}

/**
 * Blankable phrases of a position between `from` and `to` (its content by default), best first,
 * with their choices. No field of a list ("cooperation in ____, mining, energy"): any list's
 * field is guessed, or given away by the others' sort; blind examiners judged 2 of 8 such
 * blanks GOOD on first sight outside the seed, and the multi-word fields left were no better.
 */
export function phraseCandidates(position: Position, index: DocumentPositions, section: string, from = position.contentStart, to = Infinity) {
  const text = position.sentence.text;
  return (
    distinct([...namePhrases(text, () => []), ...glossaryPhrases(text)])
      .filter((phrase) => phrase.start >= from && phrase.start + phrase.text.length <= to)
      // "educational, cultural and other ____": the words before it name the answer's sort;
      // "security ____ and security system": a blank inside a compound reads as nonsense.
      .filter(
        (phrase) =>
          !/\bother\s+$/.test(text.slice(0, phrase.start)) && !insideCompound(text, phrase) && !sharedHead(text, phrase) && !qualifiesNext(text, phrase),
      )
      .filter((phrase) => !byElimination(text, phrase) && !boundPhrase(text, phrase) && !namedInHeadline(index.headlineOf(section), phrase))
      .filter((phrase) => !pairedField(text, phrase) && !fieldItem(text, phrase) && !peoplesExplained(text, phrase))
      // "Belt and Road Initiative (BRI)" among names without an acronym: the brackets tell.
      .filter((phrase) => !/\(\p{Lu}{2,}\)$/u.test(phrase.text))
      // "attend the SCO ____" among the document's other meetings (a jobs summit, a formal
      // meeting): which meeting a sentence names is read off its neighbours, not recalled.
      .filter((phrase) => categoryOf(phrase) !== "meeting")
      .map((phrase) => ({ phrase, choices: phraseChoices(phrase, position, index, section) }))
      // "BRICS and other multilateral platforms … ____" (multilateralism): when the words around
      // the blank repeat part of the answer, only wrong choices that repeat it too are offered
      // (multilateral trading system), or none.
      .map(({ phrase, choices }) => ({ phrase, choices: echoing(text, phrase) ? choices.filter((choice) => echoing(text, phrase, choice)) : choices }))
      // "the rise of ____ and protectionism": an "-ism" joined to the blank asks for another,
      // and a choice of another form is ruled out by the reading.
      .map(({ phrase, choices }) => ({
        phrase,
        choices: /ism$/.test(joinedNoun(text, phrase) ?? "") && /ism$/i.test(phrase.text) ? choices.filter((choice) => /ism$/i.test(choice)) : choices,
      }))
      // "____ in the fields of energy and infrastructure" takes a kind of cooperation: only
      // wrong choices with the answer's head noun read as possible there.
      .map(({ phrase, choices }) => ({
        phrase,
        choices: fieldsFollow(text, phrase) ? choices.filter((choice) => lastWord(choice) === lastWord(phrase.text)) : choices,
      }))
      // A standing term among terms of other heads only ("practical cooperation" among "political
      // mutual trust" and "strategic communication"): the verb takes any of them ("strengthen
      // ____"), so only the release's wording decides, or one reads wrong and tells. Examiners
      // judged 52 of 89 such blanks GOOD (58 %), and 54 of 66 (82 %) where a wrong choice shared
      // the answer's head ("high-level exchanges" among "youth exchanges" …), which is then shown.
      .map(({ phrase, choices }) => ({ phrase, choices: withOwnHead(phrase, choices) }))
      // A short term among two others ("practical / security / counter-terrorism cooperation")
      // is often the one that fits the sentence's subject: three wrong choices, or none. A name
      // (an initiative, a forum) or a long term (a partnership's level) is recalled, not
      // fitted, so two do.
      .filter(({ phrase, choices }) => choices.length >= (phrase.kind === "name" || phrase.text.split(/\s+/).length >= 3 ? 2 : 3))
      .sort(
        (a, b) =>
          (b.phrase.kind === "name" ? 1 : 0) - (a.phrase.kind === "name" ? 1 : 0) ||
          rarity(b.phrase.text, index) - rarity(a.phrase.text, index) ||
          a.phrase.start - b.phrase.start,
      )
  );
}

function withOwnHead(phrase: KeyPhrase, choices: string[]): string[] {
  if (phrase.kind === "name" || /^\p{Lu}/u.test(phrase.text)) return choices;
  // "South-South cooperation" names one framework, no kind of cooperation a sentence could take instead.
  const own = choices.filter((choice) => !/\p{Lu}/u.test(choice) && lastWord(choice) === lastWord(phrase.text));
  if (own.length === 0) return [];
  return own.length >= 3 ? own : [...own, ...choices.filter((choice) => !own.includes(choice))].slice(0, 3);
}

export function phraseQuestion(position: Position, index: DocumentPositions, section: string, context: EventContext | null): QuestionDraft | null {
  const best = phraseCandidates(position, index, section)[0];
  if (!best) return null;
  const { phrase, choices } = best;
  if (partnerUnsaid(position, context, phrase)) return null;
  return clozeDraft(position, section, context, cloze(position, phrase.start, phrase.text.length), phrase, choices, phrase.kind === "name" ? 0.9 : 0.8);
}

/** The question a blanked phrase makes, given the text shown around the blank. */
export function clozeDraft(
  position: Position,
  section: string,
  context: EventContext | null,
  shown: string,
  phrase: KeyPhrase,
  choices: string[],
  score: number,
): QuestionDraft {
  return {
    section,
    kind: "agreement",
    prompt: { en: `Fill in the blank${contextEn(context)}: ${quotedSentence(shown)}`, zh: `请填空${contextZh(context)}：${quotedSentence(shown)}` },
    answer: phrase.text,
    accept: [phrase.text],
    source: position.sentence.text,
    sourceLine: position.sentence.line,
    pool: choices,
    alsoCorrect: [],
    score,
  };
}
