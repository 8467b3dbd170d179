import { createEmptyCard, fsrs, Rating, type Card as FsrsCard, type Grade } from "ts-fsrs";

// Spaced repetition with ts-fsrs, behind a small vocabulary of our own: a card state
// that mirrors the database row, and outcomes instead of ratings. Fuzz is off, so the
// same history always gives the same schedule; the clock is always passed in.

export type CardState = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  lastReview: Date | null;
};

/** wrong → Again, right → Good, right after an "I was right" override → Hard. */
export type Outcome = "wrong" | "right" | "overridden";

/** The four grades a review asks for after an answer, as FSRS intends. */
export const REVIEW_GRADES = ["again", "hard", "good", "easy"] as const;
export type ReviewGrade = (typeof REVIEW_GRADES)[number];
const RATING_OF_GRADE: Record<ReviewGrade, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

/** The grades a learner may give an answer: any when it was right, only Again when it was not. */
export function allowedGrades(answer: { correct: boolean }): readonly ReviewGrade[] {
  return answer.correct ? REVIEW_GRADES : ["again"];
}

export function isReviewGrade(value: unknown): value is ReviewGrade {
  return typeof value === "string" && (REVIEW_GRADES as readonly string[]).includes(value);
}

/** The rating an answer gives its card: the learner's own grade when there is one, else its outcome. */
export function ratingOfAnswer(answer: { correct: boolean; overridden: boolean; grade?: string | null }): Grade {
  return isReviewGrade(answer.grade) ? RATING_OF_GRADE[answer.grade] : ratingFor(outcomeOf(answer));
}

/** When the card would fall due after each grade given at `now`: the figures on the grade buttons. */
export function previewGrades(card: CardState, now: Date): Record<ReviewGrade, Date> {
  const preview = scheduler.repeat(toFsrs(card), now);
  return {
    again: preview[Rating.Again].card.due,
    hard: preview[Rating.Hard].card.due,
    good: preview[Rating.Good].card.due,
    easy: preview[Rating.Easy].card.due,
  };
}

const scheduler = fsrs({ enable_fuzz: false });

export function ratingFor(outcome: Outcome): Grade {
  if (outcome === "wrong") return Rating.Again;
  if (outcome === "overridden") return Rating.Hard;
  return Rating.Good;
}

export function outcomeOf(answer: { correct: boolean; overridden: boolean }): Outcome {
  if (answer.overridden) return "overridden";
  return answer.correct ? "right" : "wrong";
}

export function newCard(now: Date): CardState {
  return fromFsrs(createEmptyCard(now));
}

export function reviewCard(card: CardState, rating: Grade, now: Date): CardState {
  return fromFsrs(scheduler.next(toFsrs(card), now, rating).card);
}

/**
 * The card a question's whole answer history gives, replayed from a new card. Used
 * when an override changes an earlier outcome; null when there is no history.
 */
export function replayCard(history: readonly { answeredAt: Date; correct: boolean; overridden: boolean; grade?: string | null }[]): CardState | null {
  const first = history[0];
  if (!first) return null;
  let card = newCard(first.answeredAt);
  for (const answer of history) card = reviewCard(card, ratingOfAnswer(answer), answer.answeredAt);
  return card;
}

/** The card as it stood just before the last answer of the history (a new card before the first). */
export function cardBeforeLast(history: readonly { answeredAt: Date; correct: boolean; overridden: boolean; grade?: string | null }[]): CardState | null {
  const last = history[history.length - 1];
  if (!last) return null;
  return replayCard(history.slice(0, -1)) ?? newCard(last.answeredAt);
}

// The two vocabularies differ only in how four fields are named.
function toFsrs({ elapsedDays, scheduledDays, learningSteps, lastReview, ...same }: CardState): FsrsCard {
  return { ...same, elapsed_days: elapsedDays, scheduled_days: scheduledDays, learning_steps: learningSteps, last_review: lastReview ?? undefined };
}

function fromFsrs({ elapsed_days, scheduled_days, learning_steps, last_review, ...same }: FsrsCard): CardState {
  return { ...same, elapsedDays: elapsed_days, scheduledDays: scheduled_days, learningSteps: learning_steps, lastReview: last_review ?? null };
}
