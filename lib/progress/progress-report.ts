import type { QuestionKind } from "@/lib/questions/types";
import type { SessionMode } from "@/lib/quiz/session-layout";
import type { SessionPurpose } from "@/lib/quiz/session-purpose";

// What `GET /api/progress` returns and the dashboard shows. Dates are ISO strings.
// Plain data, so the dashboard, the API and the exports all read the same thing.

export type SectionProgress = {
  sectionId: string;
  setSlug: string;
  sectionSlug: string;
  title: string | null;
  labelZh: string | null;
  studied: boolean;
  studiedAt: string | null;
  /** Questions the bank has for this section. */
  questions: number;
  /** Of those, how many the learner has answered at least once. */
  answered: number;
  /** Of those, how many were answered right the last time. */
  mastered: number;
  /** mastered / questions, 0..1. */
  mastery: number;
};

// How many were answered and how many of those right: kinds and sessions count alike.
export type AnswerTally = { answered: number; correct: number };

export type KindAccuracy = AnswerTally & {
  kind: QuestionKind;
  /** correct / answered, or null when nothing was answered. */
  accuracy: number | null;
};

export type SessionSummary = AnswerTally & {
  id: string;
  purpose: SessionPurpose;
  mode: SessionMode;
  createdAt: string;
  finishedAt: string | null;
  total: number;
};

export type ReviewForecast = {
  dueNow: number;
  dueToday: number;
  dueThisWeek: number;
  /** When the next card not yet due falls due, or null when there is none. */
  nextDueAt: string | null;
};

export type ProgressReport = {
  generatedAt: string;
  studiedCount: number;
  sectionCount: number;
  sections: SectionProgress[];
  kinds: KindAccuracy[];
  /** Most recent first, at most 10. */
  sessions: SessionSummary[];
  reviews: ReviewForecast;
  /** Consecutive days (UTC) up to today or yesterday with any study or answer. */
  streakDays: number;
};
