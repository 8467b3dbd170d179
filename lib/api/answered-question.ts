import type { NextRequest } from "next/server";
import type { z } from "zod";
import { readWrite } from "@/lib/api/read-json";
import { rejectCrossSite } from "@/lib/api/same-origin";
import { apiError } from "@/lib/api/errors";
import { readLearnerId } from "@/lib/learner/learner-cookie";
import { getQuizSession, sessionQuestionOf } from "@/lib/progress/quiz-reads";
import { isSessionId } from "@/lib/quiz/schemas";
import { storedSessionLayout } from "@/lib/quiz/session-view";

// What every route on one answer of a session (override, its undo, a review grade) first
// needs: the learner, their session and the question in it, or the 404 that says which is
// missing. Another learner's session is a 404 like an unknown one.

type SessionOf = NonNullable<Awaited<ReturnType<typeof getQuizSession>>>;
type LayoutOf = ReturnType<typeof storedSessionLayout>;

export type SessionQuestion = {
  learnerId: string;
  session: SessionOf;
  layout: LayoutOf;
  question: LayoutOf["questions"][number];
};

export async function sessionQuestion(request: NextRequest, id: string, questionId: string): Promise<SessionQuestion | Response> {
  const learnerId = readLearnerId(request);
  const session = learnerId && isSessionId(id) ? await getQuizSession(learnerId, id) : null;
  if (!learnerId || !session) return apiError(request, 404, "session_not_found");
  const layout = storedSessionLayout(session, sessionQuestionOf(session));
  const question = layout.questions.find((candidate) => candidate.id === questionId);
  if (!question) return apiError(request, 404, "question_not_in_session");
  return { learnerId, session, layout, question };
}

export type AnswerContext = { params: Promise<{ id: string; questionId: string }> };

/**
 * What a write on one answer (a grade, "I was right", its undo) checks first, in order:
 * a same-site request, its JSON body (`undefined` when `optional` and none was sent),
 * then the learner's session and question. A Response is the refusal to send.
 */
export async function answerWrite<Schema extends z.ZodType>(
  request: NextRequest,
  context: AnswerContext,
  schema: Schema,
  { optional = false } = {},
): Promise<(SessionQuestion & { body: z.infer<Schema> | undefined }) | Response> {
  let body: z.infer<Schema> | undefined;
  if (!optional || hasBody(request)) {
    const read = await readWrite(request, schema, 1024);
    if (!read.ok) return read.response;
    body = read.data;
  } else {
    const rejected = rejectCrossSite(request);
    if (rejected) return rejected;
  }
  const { id, questionId } = await context.params;
  const found = await sessionQuestion(request, id, questionId);
  return found instanceof Response ? found : { ...found, body };
}

/** A body was sent: a declared length above zero, or a chunked body (no length). */
function hasBody(request: Request): boolean {
  const length = request.headers.get("content-length");
  if (length !== null) return Number(length) > 0;
  return request.headers.get("transfer-encoding") !== null;
}
