import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { NO_STORE } from "@/lib/api/no-store";
import { apiError } from "@/lib/api/errors";
import { requestLocale } from "@/lib/api/request-locale";
import { getSectionById } from "@/lib/content/study-sets";
import { readLearnerId } from "@/lib/learner/learner-cookie";
import { getQuizSession, sessionQuestionOf } from "@/lib/progress/quiz-reads";
import { isSessionId } from "@/lib/quiz/schemas";
import { buildSessionView } from "@/lib/quiz/session-view";
import { routeMethods } from "@/lib/api/route-methods";

// A session with its questions, the results of those answered and, once finished, the
// summary: for resuming and for the summary page. Another learner's session is a 404,
// exactly like an unknown one.
type Context = { params: Promise<{ id: string }> };

async function read(request: NextRequest, context: Context): Promise<Response> {
  const { id } = await context.params;
  const learnerId = readLearnerId(request);
  const session = learnerId && isSessionId(id) ? await getQuizSession(learnerId, id) : null;
  if (!session) return apiError(request, 404, "session_not_found");
  return NextResponse.json(buildSessionView(session, sessionQuestionOf(session), requestLocale(request), getSectionById), { headers: NO_STORE });
}

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods<Context>({ GET: read });
