import "server-only";
import { getSessionForAnswer } from "@/lib/progress/quiz-reads";
import { recordAnswer } from "@/lib/progress/quiz-writes";
import type { AnswerResult } from "@/lib/quiz/api-types";
import { gradeAnswer } from "@/lib/quiz/grade-answer";
import { presentResult } from "@/lib/quiz/present-question";
import { answerSchema, isSessionId } from "@/lib/quiz/schemas";
import { keepLayout, keptLayout } from "@/lib/progress/session-layouts";
import { sessionQuestionOf } from "@/lib/progress/quiz-reads";
import { getGradeOptions } from "@/lib/progress/grade-options";
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
  const kept = isSessionId(sessionId) ? keptLayout(sessionId) : undefined;
  const found = learnerId && isSessionId(sessionId) ? await getSessionForAnswer(learnerId, sessionId, questionId, { questions: !kept }) : null;
  if (!learnerId || !found) return refuse({ status: 404, code: "session_not_found" });
  const { session, first } = found;

  const layout = kept ?? keepLayout(session, sessionQuestionOf({ snapshot: found.snapshot ?? null }));
  const question = layout.questions.find((candidate) => candidate.id === questionId);
  if (!question) return refuse({ status: 400, code: "question_not_in_session" });
  const format = layout.formats[question.id] ?? "choice";
  const grading = () => (session.purpose === "review" ? getGradeOptions(learnerId, session.id, question.id) : null);
  if (first) return { status: 200, body: presentResult(question, first, format, await grading()) };
  const offered = layout.matching.find((grid) => grid.questionIds.includes(question.id))?.choices ?? question.choices;
  if (format !== "typed" && !offered.includes(given)) return refuse({ status: 400, code: "answer_not_a_choice" });

  const grade = gradeAnswer(question, format, given);
  const { answer } = await recordAnswer({
    learnerId,
    sessionId: session.id,
    sessionSize: layout.questions.length,
    questionId: question.id,
    sectionId: question.section,
    kind: question.kind,
    given,
    correct: grade.correct,
    clock: request.clock,
  });
  return { status: 200, body: presentResult(question, answer, format, await grading()) };
}
