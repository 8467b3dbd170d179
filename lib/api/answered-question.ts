import type { NextRequest } from "next/server";
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
