import type { Question } from "@/lib/questions/types";
import type { SessionBody } from "./api-types";
import type { Locale } from "@/i18n/routing";
import { presentQuestions, presentResult, type SectionLabels } from "./present-question";
import { fnv1a } from "../random";
import { layoutSession, SESSION_MODES, type SessionLayout, type SessionMode } from "./session-layout";
import { summarizeSession } from "./summarize-session";
import type { SessionPurpose } from "./session-purpose";

// A stored session as the API shows it: its questions laid out the way they were
// served, the stored results of the answered ones, and the summary once finished.

export type StoredSession = {
  id: string;
  purpose: SessionPurpose;
  mode: string;
  questionIds: readonly string[];
  createdAt: Date;
  finishedAt: Date | null;
  answers: readonly { questionId: string; given: string; correct: boolean; overridden: boolean; answeredAt: Date }[];
};

export function sessionMode(mode: string): SessionMode {
  return SESSION_MODES.find((known) => known === mode) ?? "choice";
}

/** The session's layout; questions that have left the bank since are dropped. */
export function storedSessionLayout(
  session: Pick<StoredSession, "id" | "mode" | "questionIds">,
  questionOf: (id: string) => Question | undefined,
): SessionLayout {
  const questions = session.questionIds.map(questionOf).filter((question): question is Question => question !== undefined);
  return layoutSession(questions, sessionMode(session.mode), fnv1a(session.id));
}

export function buildSessionView(
  session: StoredSession,
  questionOf: (id: string) => Question | undefined,
  locale: Locale,
  sectionOf: (id: string) => SectionLabels | undefined,
): SessionBody {
  const layout = storedSessionLayout(session, questionOf);
  const answerOf = new Map(session.answers.map((answer) => [answer.questionId, answer]));
  const presented = presentQuestions(layout, locale, sectionOf);
  const questions = presented.map((view, index) => {
    const answer = answerOf.get(view.id);
    const question = layout.questions[index]!;
    return { ...view, result: answer ? presentResult(question, answer, view.format) : null };
  });
  const answered = questions.filter((question) => question.result !== null).length;
  const finished = session.finishedAt !== null || (questions.length > 0 && answered === questions.length);
  return {
    id: session.id,
    purpose: session.purpose,
    mode: sessionMode(session.mode),
    createdAt: session.createdAt.toISOString(),
    finishedAt: session.finishedAt?.toISOString() ?? null,
    total: questions.length,
    answered,
    questions,
    results: questions.flatMap((question) => (question.result ? [question.result] : [])),
    matching: layout.matching,
    summary: finished
      ? summarizeSession(
          session.createdAt,
          layout.questions,
          session.answers.filter((answer) => questions.some((question) => question.id === answer.questionId)),
        )
      : null,
  };
}
