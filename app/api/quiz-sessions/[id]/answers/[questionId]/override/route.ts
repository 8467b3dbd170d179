import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { NO_STORE } from "@/lib/api/no-store";
import { apiError } from "@/lib/api/errors";
import { answerWrite, type AnswerContext } from "@/lib/api/answered-question";
import { overrideAnswer, undoOverride } from "@/lib/progress/quiz-writes";
import { getGradeOptions } from "@/lib/progress/grade-options";
import { presentResult } from "@/lib/quiz/present-question";
import { overrideSchema } from "@/lib/quiz/schemas";
import { routeMethods } from "@/lib/api/route-methods";

// "I was right": turns a typed answer graded wrong into a right one, recorded as
// overridden, and reschedules the card as Hard instead of Again. Idempotent. The body
// is empty or `{}`.
async function create(request: NextRequest, context: AnswerContext): Promise<Response> {
  const found = await answerWrite(request, context, overrideSchema, { optional: true });
  if (found instanceof Response) return found;
  const { learnerId, session, layout, question } = found;
  const stored = session.answers.find((answer) => answer.questionId === question.id);
  if (!stored) return apiError(request, 409, "not_answered");
  const format = layout.formats[question.id] ?? "choice";
  if (!stored.overridden && (format !== "typed" || stored.correct)) return apiError(request, 409, "not_overridable");

  const answer = stored.overridden ? stored : await overrideAnswer(learnerId, session.id, question.id);
  if (!answer) return apiError(request, 409, "not_answered");
  return NextResponse.json(presentResult(question, answer, format, await reviewGrading(session, learnerId, question.id)), { headers: NO_STORE });
}

/** In a review, the grade buttons' figures travel with the result. */
function reviewGrading(session: { id: string; purpose: string }, learnerId: string, questionId: string) {
  return session.purpose === "review" ? getGradeOptions(learnerId, session.id, questionId) : Promise.resolve(null);
}

/**
 * Undo of "I was right", until the learner answers the next question of the session:
 * the answer is wrong again and its card rescheduled as Again. Idempotent.
 */
async function remove(request: NextRequest, context: AnswerContext): Promise<Response> {
  const found = await answerWrite(request, context, overrideSchema, { optional: true });
  if (found instanceof Response) return found;
  const { learnerId, session, layout, question } = found;
  const answer = await undoOverride(learnerId, session.id, question.id);
  if (answer === null) return apiError(request, 409, "not_answered");
  if (answer === "too_late") return apiError(request, 409, "not_undoable");
  const format = layout.formats[question.id] ?? "choice";
  return NextResponse.json(presentResult(question, answer, format, await reviewGrading(session, learnerId, question.id)), { headers: NO_STORE });
}

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods<AnswerContext>({ POST: create, DELETE: remove });
