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
export function replayCard(history: readonly { answeredAt: Date; correct: boolean; overridden: boolean }[]): CardState | null {
  const first = history[0];
  if (!first) return null;
  let card = newCard(first.answeredAt);
  for (const answer of history) card = reviewCard(card, ratingFor(outcomeOf(answer)), answer.answeredAt);
  return card;
}

function toFsrs(card: CardState): FsrsCard {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.lastReview ?? undefined,
  };
}

function fromFsrs(card: FsrsCard): CardState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}
