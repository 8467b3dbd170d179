import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { NO_STORE } from "@/lib/api/no-store";
import { apiError } from "@/lib/api/errors";
import { sessionQuestion } from "@/lib/api/answered-question";
import { routeMethods } from "@/lib/api/route-methods";
import { readJson } from "@/lib/api/read-json";
import { rejectCrossSite } from "@/lib/api/same-origin";
import { getGradeOptions } from "@/lib/progress/grade-options";
import { gradeReviewAnswer } from "@/lib/progress/quiz-writes";
import { presentResult } from "@/lib/quiz/present-question";
import { gradeSchema } from "@/lib/quiz/schemas";

// A review answer's grade, as FSRS intends: `{ "grade": "again" | "hard" | "good" | "easy" }`.
// Stored with the answer; the card is replayed with it. A wrong answer may only be
// graded Again; only a review's answers are graded. Grading again replaces the grade.
type Context = { params: Promise<{ id: string; questionId: string }> };

async function create(request: NextRequest, context: Context): Promise<Response> {
  const rejected = rejectCrossSite(request);
  if (rejected) return rejected;
  const body = await readJson(request, gradeSchema, 1024);
  if (!body.ok) return body.response;
  const { id, questionId } = await context.params;
  const found = await sessionQuestion(request, id, questionId);
  if (found instanceof Response) return found;
  const { learnerId, session, layout, question } = found;
  if (session.purpose !== "review") return apiError(request, 409, "not_gradable");
  const answer = await gradeReviewAnswer(learnerId, session.id, question.id, body.data.grade);
  if (answer === null) return apiError(request, 409, "not_answered");
  if (answer === "not_allowed") return apiError(request, 409, "grade_not_allowed");
  const grading = await getGradeOptions(learnerId, session.id, question.id);
  return NextResponse.json(presentResult(question, answer, layout.formats[question.id] ?? "choice", grading), { headers: NO_STORE });
}

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods<Context>({ POST: create });
