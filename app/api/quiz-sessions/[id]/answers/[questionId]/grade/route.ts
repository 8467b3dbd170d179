import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { NO_STORE } from "@/lib/api/no-store";
import { apiError } from "@/lib/api/errors";
import { answerWrite, type AnswerContext } from "@/lib/api/answered-question";
import { routeMethods } from "@/lib/api/route-methods";
import { getGradeOptions } from "@/lib/progress/grade-options";
import { gradeReviewAnswer } from "@/lib/progress/quiz-writes";
import { presentResult } from "@/lib/quiz/present-question";
import { gradeSchema } from "@/lib/quiz/schemas";

// A review answer's grade, as FSRS intends: `{ "grade": "again" | "hard" | "good" | "easy" }`.
// Stored with the answer; the card is replayed with it. A wrong answer may only be
// graded Again; only a review's answers are graded. Grading again replaces the grade.
async function create(request: NextRequest, context: AnswerContext): Promise<Response> {
  const found = await answerWrite(request, context, gradeSchema);
  if (found instanceof Response) return found;
  const { learnerId, session, layout, question, body } = found;
  if (session.purpose !== "review" || !body) return apiError(request, 409, "not_gradable");
  const answer = await gradeReviewAnswer(learnerId, session.id, question.id, body.grade);
  if (answer === null) return apiError(request, 409, "not_answered");
  if (answer === "not_allowed") return apiError(request, 409, "grade_not_allowed");
  const grading = await getGradeOptions(learnerId, session.id, question.id);
  return NextResponse.json(presentResult(question, answer, layout.formats[question.id] ?? "choice", grading), { headers: NO_STORE });
}

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods<AnswerContext>({ POST: create });
