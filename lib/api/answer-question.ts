import "server-only";
import { getGradeOptions } from "@/lib/progress/grade-options";
import { getSessionForAnswer, type AnswerRecord } from "@/lib/progress/quiz-reads";
import { recordAnswer } from "@/lib/progress/quiz-writes";
import { keepStoredSession, keptSession } from "@/lib/progress/session-layouts";
import type { Question } from "@/lib/questions/types";
import type { AnswerResult } from "@/lib/quiz/api-types";
import { gradeAnswer } from "@/lib/quiz/grade-answer";
import { presentResult } from "@/lib/quiz/present-question";
import { answerSchema, isSessionId } from "@/lib/quiz/schemas";
import type { AnswerFormat, SessionLayout } from "@/lib/quiz/session-layout";
import type { SessionPurpose } from "@/lib/quiz/session-purpose";
import { apiErrorBody, type ApiErrorBody, type ApiFailure } from "./errors";
import { jsonHeadersFailure, parseJsonBody, tooLarge } from "./read-json";
import { isCrossSite } from "./same-origin";

// POST /api/quiz-sessions/:id/answers, apart from how the request arrives. The first
// answer to a question is graded, stored with the card update in one transaction and
// returned; a repeat returns that first result and stores nothing. Only the session's
// owner may answer: any other cookie gets a 404. The checks run in the same order and
// give the same refusals as every other route's (see read-json.ts, same-origin.ts).

export const MAX_ANSWER_BODY_BYTES = 4 * 1024;

export type AnswerRequest = {
  headers: Headers;
  sessionId: string;
  /** The well-formed learner id from the cookie, or null. */
  learnerId: string | null;
  /** The body as text, or null when it passed MAX_ANSWER_BODY_BYTES. */
  body: string | null;
  /** Read when the answer is stored (see recordAnswer). */
  clock: () => Date;
};

export type AnswerResponse = { status: number; body: AnswerResult | ApiErrorBody };

export async function answerQuestion(request: AnswerRequest): Promise<AnswerResponse> {
  const refuse = (failure: ApiFailure): AnswerResponse => ({
    status: failure.status,
    body: apiErrorBody(request, failure.code, failure.values),
  });
  if (isCrossSite(request.headers)) return refuse({ status: 403, code: "forbidden_origin" });
  const headersRefused = jsonHeadersFailure(request.headers, MAX_ANSWER_BODY_BYTES);
  if (headersRefused) return refuse(headersRefused);
  if (request.body === null) return refuse(tooLarge(MAX_ANSWER_BODY_BYTES));
  const parsed = parseJsonBody(request.body, answerSchema);
  if (!parsed.ok) return refuse(parsed.failure);
  const { questionId, answer: given } = parsed.data;

  const { learnerId, sessionId } = request;
  if (!learnerId || !isSessionId(sessionId)) return refuse({ status: 404, code: "session_not_found" });
  // A session whose layout this process keeps, answered with something it may be graded on:
  // written at once, with no read before (the write checks whose the session is, and
  // returns an earlier answer). Anything else reads the session first, so that refusals
  // come in their order: 404 before 400.
  const kept = keptSession(sessionId);
  const valid = kept && gradable(kept.layout, questionId, given);
  if (kept && valid) {
    const recorded = await storeAnswer(request, learnerId, sessionId, kept.layout, valid.question, valid.format, given);
    return recorded ? answered(learnerId, sessionId, kept.purpose, valid.question, valid.format, recorded) : refuse({ status: 404, code: "session_not_found" });
  }

  const found = await getSessionForAnswer(learnerId, sessionId, questionId, { questions: !kept });
  if (!found) return refuse({ status: 404, code: "session_not_found" });
  const { session, first } = found;
  const { layout, purpose } = kept ?? keepStoredSession(session, found.storedQuestions ?? null);
  const question = layout.questions.find((candidate) => candidate.id === questionId);
  if (!question) return refuse({ status: 400, code: "question_not_in_session" });
  const format = layout.formats[question.id] ?? "choice";
  // An answer that is none of the choices is refused even when the question was answered
  // before: a repeat returns the first result only for a request that could have been it.
  if (!gradable(layout, questionId, given)) return refuse({ status: 400, code: "answer_not_a_choice" });
  if (first) return answered(learnerId, sessionId, purpose, question, format, first);
  const recorded = await storeAnswer(request, learnerId, sessionId, layout, question, format, given);
  return recorded ? answered(learnerId, sessionId, purpose, question, format, recorded) : refuse({ status: 404, code: "session_not_found" });
}

/** The question and its format when it is in the session and `given` is one of its offered answers (any typed text is). */
function gradable(layout: SessionLayout, questionId: string, given: string): { question: Question; format: AnswerFormat } | null {
  const question = layout.questions.find((candidate) => candidate.id === questionId);
  if (!question) return null;
  const format = layout.formats[question.id] ?? "choice";
  const offered = layout.matching.find((grid) => grid.questionIds.includes(question.id))?.choices ?? question.choices;
  return format === "typed" || offered.includes(given) ? { question, format } : null;
}

/** Grades and stores the answer (or finds the first one); null when the session is not the learner's. */
async function storeAnswer(
  request: AnswerRequest,
  learnerId: string,
  sessionId: string,
  layout: SessionLayout,
  question: Question,
  format: AnswerFormat,
  given: string,
): Promise<AnswerRecord | null> {
  const recorded = await recordAnswer({
    learnerId,
    sessionId,
    sessionSize: layout.questions.length,
    questionId: question.id,
    sectionId: question.section,
    kind: question.kind,
    given,
    correct: gradeAnswer(question, format, given).correct,
    clock: request.clock,
  });
  return recorded?.answer ?? null;
}

/** The stored answer as the API shows it, with a review's grade options. */
async function answered(
  learnerId: string,
  sessionId: string,
  purpose: SessionPurpose,
  question: Question,
  format: AnswerFormat,
  answer: AnswerRecord,
): Promise<AnswerResponse> {
  const grading = purpose === "review" ? await getGradeOptions(learnerId, sessionId, question.id) : null;
  return { status: 200, body: presentResult(question, answer, format, grading) };
}
