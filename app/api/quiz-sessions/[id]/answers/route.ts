import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { NO_STORE } from "@/lib/api/no-store";
import { apiError } from "@/lib/api/errors";
import { handleRoute } from "@/lib/api/handle-route";
import { readJson } from "@/lib/api/read-json";
import { rejectCrossSite } from "@/lib/api/same-origin";
import { readLearnerId } from "@/lib/learner/learner-cookie";
import { getSessionForAnswer } from "@/lib/progress/quiz-reads";
import { recordAnswer } from "@/lib/progress/quiz-writes";
import { getQuestion } from "@/lib/questions/question-banks";
import { gradeAnswer } from "@/lib/quiz/grade-answer";
import { presentResult } from "@/lib/quiz/present-question";
import { answerSchema, isSessionId } from "@/lib/quiz/schemas";
import { storedSessionLayout } from "@/lib/quiz/session-view";

// Answers one question of a session. The first answer is graded, stored with the card
// update in one transaction and returned; a repeat returns that first result and
// stores nothing. Only the session's owner may answer: any other cookie gets a 404.
export const dynamic = "force-dynamic";

const MAX_ANSWER_BODY_BYTES = 4 * 1024;

type Context = { params: Promise<{ id: string }> };

export const POST = handleRoute(async (request: NextRequest, context: Context) => {
  const rejected = rejectCrossSite(request);
  if (rejected) return rejected;
  const body = await readJson(request, answerSchema, MAX_ANSWER_BODY_BYTES);
  if (!body.ok) return body.response;
  const { id } = await context.params;
  const learnerId = readLearnerId(request);
  const found = learnerId && isSessionId(id) ? await getSessionForAnswer(learnerId, id, body.data.questionId) : null;
  if (!learnerId || !found) return apiError(request, 404, "session_not_found");
  const { session, first } = found;

  const layout = storedSessionLayout(session, getQuestion);
  const question = layout.questions.find((candidate) => candidate.id === body.data.questionId);
  if (!question) return apiError(request, 400, "question_not_in_session");
  const format = layout.formats[question.id] ?? "choice";
  const given = body.data.answer;
  if (first) return NextResponse.json(presentResult(question, first, format), { headers: NO_STORE });
  if (format !== "typed" && !offeredChoices(layout, question.id, question.choices).includes(given)) {
    return apiError(request, 400, "answer_not_a_choice");
  }

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
    now: new Date(),
  });
  return NextResponse.json(presentResult(question, answer, format), { headers: NO_STORE });
});

/** What the learner could pick: the question's choices, or its matching grid's. */
function offeredChoices(layout: ReturnType<typeof storedSessionLayout>, questionId: string, choices: readonly string[]): readonly string[] {
  return layout.matching.find((grid) => grid.questionIds.includes(questionId))?.choices ?? choices;
}
