import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { NO_STORE } from "@/lib/api/no-store";
import { readWrite } from "@/lib/api/read-json";
import { limitWrite } from "@/lib/api/limit-write";
import { routeMethods } from "@/lib/api/route-methods";
import { database } from "@/lib/database";
import { findLearnerId, readLearnerId } from "@/lib/learner/learner-cookie";
import { getProgressReport } from "@/lib/progress/progress-reads";
import { resetProgress } from "@/lib/progress/quiz-writes";
import { resetSchema } from "@/lib/quiz/schemas";

// GET: the learner's ProgressReport (empty without a learner; never creates one).
// DELETE with `{ "confirm": true }`: deletes everything the learner has done.
async function read(request: NextRequest): Promise<Response> {
  const report = await getProgressReport(readLearnerId(request), new Date());
  return NextResponse.json(report, { headers: NO_STORE });
}

async function remove(request: NextRequest): Promise<Response> {
  const body = await readWrite(request, resetSchema, 1024);
  if (!body.ok) return body.response;
  const limited = await limitWrite(request, { mayCreateLearner: false });
  if (limited) return limited;
  const learnerId = await findLearnerId(database(), request);
  const deleted = learnerId ? await resetProgress(learnerId) : { studied: 0, sessions: 0, answers: 0, cards: 0 };
  return NextResponse.json({ reset: true, deleted }, { headers: NO_STORE });
}

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({ GET: read, DELETE: remove });
