import { State } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import { NOW } from "./fixtures";
import {
  allowedGrades,
  cardBeforeLast,
  isReviewGrade,
  newCard,
  outcomeOf,
  previewGrades,
  ratingFor,
  replayCard,
  REVIEW_GRADES,
  reviewCard,
} from "./schedule-card";

const MINUTE = 60_000;
const DAY = 86_400_000;
const after = (card: { due: Date }) => card.due.getTime() - NOW.getTime();

describe("scheduling with a fixed clock", () => {
  test("a new card is due at once", () => {
    const card = newCard(NOW);
    expect(card.due).toEqual(NOW);
    expect(card.state).toBe(State.New);
    expect(card.reps).toBe(0);
  });

  test("a first answer: wrong (Again) 1 min, overridden (Hard) 6 min, right (Good) 10 min", () => {
    const wrong = reviewCard(newCard(NOW), ratingFor("wrong"), NOW);
    const hard = reviewCard(newCard(NOW), ratingFor("overridden"), NOW);
    const good = reviewCard(newCard(NOW), ratingFor("right"), NOW);
    expect(after(wrong)).toBe(1 * MINUTE);
    expect(after(hard)).toBe(6 * MINUTE);
    expect(after(good)).toBe(10 * MINUTE);
    expect([wrong, hard, good].map((card) => card.state)).toEqual([State.Learning, State.Learning, State.Learning]);
    expect(wrong.stability).toBeLessThan(hard.stability);
    expect(hard.stability).toBeLessThan(good.stability);
    expect(good.lastReview).toEqual(NOW);
  });

  test("right answers on time push the card out: 10 min, 2 days, 11 days, 46 days", () => {
    let card = newCard(NOW);
    let clock = NOW;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      card = reviewCard(card, ratingFor("right"), clock);
      intervals.push(card.due.getTime() - clock.getTime());
      clock = card.due;
    }
    expect(intervals).toEqual([10 * MINUTE, 2 * DAY, 11 * DAY, 46 * DAY]);
    expect(card.state).toBe(State.Review);
    expect(card.reps).toBe(4);
  });

  test("a lapse after graduating sends the card back to relearning", () => {
    let card = reviewCard(newCard(NOW), ratingFor("right"), NOW);
    card = reviewCard(card, ratingFor("right"), card.due);
    const reviewedAt = card.due;
    const lapsed = reviewCard(card, ratingFor("wrong"), reviewedAt);
    expect(lapsed.state).toBe(State.Relearning);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due.getTime() - reviewedAt.getTime()).toBe(10 * MINUTE);
  });

  test("replaying a history gives the same card as reviewing it step by step", () => {
    const t1 = NOW;
    const t2 = new Date(NOW.getTime() + 2 * DAY);
    const stepByStep = reviewCard(reviewCard(newCard(t1), ratingFor("wrong"), t1), ratingFor("right"), t2);
    const replayed = replayCard([
      { answeredAt: t1, correct: false, overridden: false },
      { answeredAt: t2, correct: true, overridden: false },
    ]);
    expect(replayed).toEqual(stepByStep);
    expect(replayCard([])).toBeNull();
  });

  test("an override reschedules the answer as Hard instead of Again", () => {
    const asWrong = replayCard([{ answeredAt: NOW, correct: false, overridden: false }])!;
    const asOverridden = replayCard([{ answeredAt: NOW, correct: true, overridden: true }])!;
    expect(outcomeOf({ correct: true, overridden: true })).toBe("overridden");
    expect(after(asWrong)).toBe(1 * MINUTE);
    expect(after(asOverridden)).toBe(6 * MINUTE);
  });
});

describe("review grades", () => {
  const at = new Date("2026-03-01T09:00:00Z");

  test("the four grades of a first answer give four different, growing intervals", () => {
    const dues = previewGrades(newCard(at), at);
    const minutes = REVIEW_GRADES.map((grade) => (dues[grade].getTime() - at.getTime()) / 60_000);
    expect(minutes[0]).toBe(1);
    expect(new Set(minutes).size).toBe(4);
    expect([...minutes].sort((a, b) => a - b)).toEqual(minutes);
  });

  test("a stored grade replaces the outcome in the replay; the preview matches what the grade then gives", () => {
    const history = [{ answeredAt: at, correct: true, overridden: false, grade: "easy" }];
    const card = replayCard(history)!;
    expect(card.due).toEqual(previewGrades(cardBeforeLast(history)!, at).easy);
    expect(replayCard([{ ...history[0]!, grade: null }])!.due).toEqual(previewGrades(newCard(at), at).good);
  });

  test("a wrong answer may only be graded Again", () => {
    expect(allowedGrades({ correct: false })).toEqual(["again"]);
    expect(allowedGrades({ correct: true })).toEqual(REVIEW_GRADES);
    expect(isReviewGrade("easy")).toBe(true);
    expect(isReviewGrade("perfect")).toBe(false);
  });
});
