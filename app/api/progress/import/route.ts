import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { NO_STORE } from "@/lib/api/no-store";
import { routeMethods } from "@/lib/api/route-methods";
import { readWrite } from "@/lib/api/read-json";
import { getSectionById } from "@/lib/content/study-sets";
import { limitWrite } from "@/lib/api/limit-write";
import { database } from "@/lib/database";
import { ensureLearner, withLearnerCookie } from "@/lib/learner/learner-cookie";
import { importProgress } from "@/lib/progress/import-progress";
import { getQuestion } from "@/lib/questions/question-banks";
import { importSchema, MAX_IMPORT_BYTES } from "@/lib/quiz/import-schema";

// Imports a JSON export (`GET /api/progress/export`), merging it into the learner's
// progress; answers already there are not doubled. Validated like every body (415, 413,
// 400 naming the fields) before the learner is created or anything stored.
async function create(request: NextRequest): Promise<Response> {
  const body = await readWrite(request, importSchema, MAX_IMPORT_BYTES);
  if (!body.ok) return body.response;
  const limited = await limitWrite(request, { mayCreateLearner: true });
  if (limited) return limited;
  const { learner, imported } = await database().transaction(async (tx) => {
    const learner = await ensureLearner(tx, request);
    const imported = await importProgress(tx, learner.id, body.data, {
      question: (id) => getQuestion(id),
      section: (id) => getSectionById(id),
    });
    return { learner, imported };
  });
  return withLearnerCookie(NextResponse.json({ imported }, { headers: NO_STORE }), request, learner);
}

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({ POST: create });
