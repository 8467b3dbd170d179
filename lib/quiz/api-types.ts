import type { QuestionKind } from "@/lib/questions/types";
import type { ReviewForecast, SessionSummary } from "@/lib/progress/progress-report";
import type { AnswerFormat, MatchGrid, SessionMode } from "./session-layout";
import type { SessionResultSummary } from "./summarize-session";
import type { SessionPurpose } from "./session-purpose";
import type { ReviewGrade } from "./schedule-card";

// The JSON bodies of the quiz API, shared by the route handlers and the UI.

/** A question as served: never its answer, accepted forms or source. */
export type PresentedQuestion = {
  id: string;
  kind: QuestionKind;
  section: string;
  /** In the request's language (Accept-Language). */
  prompt: string;
  format: AnswerFormat;
  /** For "choice": the options. For "match": every answer of the question's grid. Absent for "typed". */
  choices?: string[];
  /** For "match": the row's left-hand side (the headline or the Chinese label being matched). */
  cue?: string;
  /** A name kept multiple choice in a typed session: it has no Chinese form to type. */
  choiceOnly?: true;
};

/** The result of answering one question: what was right, and where the text says it. */
export type AnswerResult = {
  questionId: string;
  correct: boolean;
  /** The right answer. */
  answer: string;
  /** The sentence the question came from, verbatim. */
  source: string;
  sourceLine: number;
  section: string;
  /** Where the answer stands in `source` ([start, end) in UTF-16 units), or null. */
  highlight: { start: number; end: number } | null;
  given: string;
  /** True when a typed answer was graded wrong and may be overridden ("I was right"). */
  overridable: boolean;
  overridden: boolean;
  answeredAt: string;
  /** In a review: the learner's own grade of this answer (null until given; the outcome counts meanwhile). */
  grade?: ReviewGrade | null;
  /** In a review: when the question would fall due again after each grade (ISO dates). */
  grades?: Record<ReviewGrade, string>;
};

export type CreatedSessionBody = {
  /** null only for a review with nothing due: then nothing is stored and `questions` is empty. */
  id: string | null;
  purpose: SessionPurpose;
  mode: SessionMode;
  questions: PresentedQuestion[];
  matching: MatchGrid[];
  /** Present when a quiz asked for more questions than match its sections and kinds: the count asked for. */
  requested?: number;
};

export type SessionQuestionView = PresentedQuestion & { result: AnswerResult | null };

/** A stored session: the dashboard's row of it (less the score, in `summary` once finished), its questions and results. */
export type SessionBody = Omit<SessionSummary, "correct"> & {
  questions: SessionQuestionView[];
  /** The stored results, in session order (the same objects as `questions[].result`). */
  results: AnswerResult[];
  matching: MatchGrid[];
  /** Present once every question is answered. */
  summary: SessionResultSummary | null;
};

export type ReviewsBody = ReviewForecast & { upcoming: { date: string; count: number }[] };
