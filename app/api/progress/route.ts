import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { NO_STORE } from "@/lib/api/no-store";
import { handleRoute } from "@/lib/api/handle-route";
import { readJson } from "@/lib/api/read-json";
import { rejectCrossSite } from "@/lib/api/same-origin";
import { limitWrite } from "@/lib/api/limit-write";
import { database } from "@/lib/database";
import { findLearnerId, readLearnerId } from "@/lib/learner/learner-cookie";
import { getProgressReport } from "@/lib/progress/progress-reads";
import { resetProgress } from "@/lib/progress/quiz-writes";
import { resetSchema } from "@/lib/quiz/schemas";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET: the learner's ProgressReport (empty without a learner; never creates one).
// DELETE with `{ "confirm": true }`: deletes everything the learner has done.
export const dynamic = "force-dynamic";

export const GET = handleRoute(async (request: NextRequest) => {
  const report = await getProgressReport(readLearnerId(request), new Date());
  return NextResponse.json(report, { headers: NO_STORE });
});

export const DELETE = handleRoute(async (request: NextRequest) => {
  const rejected = rejectCrossSite(request);
  if (rejected) return rejected;
  const body = await readJson(request, resetSchema, 1024);
  if (!body.ok) return body.response;
  const limited = await limitWrite(request, { mayCreateLearner: false });
  if (limited) return limited;
  const learnerId = await findLearnerId(database(), request);
  const deleted = learnerId ? await resetProgress(learnerId) : { studied: 0, sessions: 0, answers: 0, cards: 0 };
  return NextResponse.json({ reset: true, deleted }, { headers: NO_STORE });
});

const refuse = methodNotAllowed(["GET", "DELETE"]);
export const POST = refuse;
export const PUT = refuse;
export const PATCH = refuse;
