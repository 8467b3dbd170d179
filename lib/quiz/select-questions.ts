import type { Question, QuestionKind } from "@/lib/questions/types";
import { printsAnswerOf } from "@/lib/questions/giveaway";
import { mulberry32, shuffled } from "../random";

// Which questions a session asks. Pure: the pool, the learner's history, the count and
// a seed in, questions out. A quiz asks what the learner has seen least first, and among
// those what they got wrong most often, before repeats. Within each such tier it takes
// turns across kinds, and within a kind across sections, so ten questions are not ten
// participants of one meeting; within a section the best-scored come first (ties in a
// seeded order). A review asks what is due, most overdue first.

export type QuestionFilter = { sections?: readonly string[]; kinds?: readonly QuestionKind[] };

export function filterQuestions(questions: readonly Question[], filter: QuestionFilter): Question[] {
  const sections = filter.sections?.length ? new Set(filter.sections) : null;
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : null;
  return questions.filter((question) => (!sections || sections.has(question.section)) && (!kinds || kinds.has(question.kind)));
}

/** How often the learner has answered a question, and how often wrongly. */
export type QuestionHistory = { seen: number; wrong: number };

const UNSEEN: QuestionHistory = { seen: 0, wrong: 0 };

export function selectQuestions(pool: readonly Question[], count: number, seed: number, history: ReadonlyMap<string, QuestionHistory> = new Map()): Question[] {
  const rng = mulberry32(seed);
  const tiers = [...groupBy(pool, (question) => tierKey(history.get(question.id) ?? UNSEEN)).entries()]
    .sort(([a], [b]) => compareTiers(a, b))
    .map(([, questions]) => questions);
  const out: Question[] = [];
  for (const tier of tiers) {
    for (const question of spread(tier, rng)) {
      if (out.length >= count) break;
      // Never two questions of which one prints the other's answer ("the fourth round" in a
      // who-prompt beside "the ____ round").
      if (out.some((chosen) => printsAnswerOf(chosen, question) || printsAnswerOf(question, chosen))) continue;
      out.push(question);
    }
  }
  return out;
}

/** Seen least first; among equally seen, wrong most often first. */
function tierKey(history: QuestionHistory): string {
  return `${history.seen}:${history.wrong}`;
}

function compareTiers(a: string, b: string): number {
  const [seenA = 0, wrongA = 0] = a.split(":").map(Number);
  const [seenB = 0, wrongB = 0] = b.split(":").map(Number);
  return seenA - seenB || wrongB - wrongA;
}

/** Turns across kinds, then across sections; best-scored first within a section. */
function spread(pool: readonly Question[], rng: () => number): Question[] {
  const byKind = groupBy(pool, (question) => question.kind);
  const kindQueues = shuffled([...byKind.values()], rng).map((questions) => {
    const bySection = shuffled([...groupBy(questions, (question) => question.section).values()], rng);
    // A stable sort keeps the seeded order among equal scores.
    return interleave(bySection.map((list) => shuffled(list, rng).sort((a, b) => b.score - a.score)));
  });
  return interleave(kindQueues);
}

export type DueCard = { questionId: string; due: Date };

/**
 * The due questions for a review, most overdue first (ties by question id), limited
 * to the filter and the count. Cards whose question left the bank are skipped.
 */
export function selectDueQuestions(
  cards: readonly DueCard[],
  questionById: (id: string) => Question | undefined,
  filter: QuestionFilter,
  count: number,
  now: Date,
): Question[] {
  const due = cards
    .filter((card) => card.due.getTime() <= now.getTime())
    .sort((a, b) => a.due.getTime() - b.due.getTime() || (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0))
    .map((card) => questionById(card.questionId))
    .filter((question): question is Question => question !== undefined);
  return filterQuestions(due, filter).slice(0, Math.max(0, count));
}

/** Round-robin over lists: the first of each, then the second of each, and so on. */
function interleave<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((list) => list.length));
  for (let i = 0; i < longest; i++) for (const list of lists) if (i < list.length) out.push(list[i] as T);
  return out;
}

/** Groups in first-seen order (a Map keeps insertion order). */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
