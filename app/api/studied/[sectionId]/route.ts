import { NextRequest, NextResponse } from "next/server";
import { apiError } from "@/lib/api/errors";
import { rejectCrossSite } from "@/lib/api/same-origin";
import { getSectionById } from "@/lib/content/study-sets";
import { limitWrite } from "@/lib/api/limit-write";
import { database } from "@/lib/database";
import { ensureLearner, findLearnerId, withLearnerCookie } from "@/lib/learner/learner-cookie";
import { markSectionStudied, unmarkSectionStudied } from "@/lib/progress/studied-writes";
import { routeMethods } from "@/lib/api/route-methods";

// PUT marks a section as studied (creating the learner and its cookie on the first
// write); DELETE undoes it. Both are idempotent. Every check runs before anything is
// stored: a cross-site request or an unknown section id stores nothing.
type Context = { params: Promise<{ sectionId: string }> };

export type StudiedSectionBody = { sectionId: string; studied: boolean; studiedAt: string | null };

const MAX_SECTION_ID_LENGTH = 300;

async function knownSectionId(context: Context): Promise<string | null> {
  const { sectionId } = await context.params;
  if (sectionId.length > MAX_SECTION_ID_LENGTH) return null;
  return getSectionById(sectionId)?.id ?? null;
}

// Both writes run the same checks in the same order (origin, section, rate limit): the
// section id when they pass, else the response that refuses the request.
async function checkedSectionId(request: NextRequest, context: Context, mayCreateLearner: boolean): Promise<string | Response> {
  const rejected = rejectCrossSite(request);
  if (rejected) return rejected;
  const sectionId = await knownSectionId(context);
  if (!sectionId) return apiError(request, 404, "unknown_section");
  const limited = await limitWrite(request, { mayCreateLearner });
  if (limited) return limited;
  return sectionId;
}

async function update(request: NextRequest, context: Context): Promise<Response> {
  const sectionId = await checkedSectionId(request, context, true);
  if (typeof sectionId !== "string") return sectionId;
  // The learner is created in the mark's own transaction: a mark that fails stores neither.
  const { learner, row } = await database().transaction(async (tx) => {
    const learner = await ensureLearner(tx, request);
    return { learner, row: await markSectionStudied(tx, learner.id, sectionId, new Date()) };
  });
  const body: StudiedSectionBody = { sectionId, studied: true, studiedAt: row.studiedAt.toISOString() };
  return withLearnerCookie(NextResponse.json(body, { headers: { "Cache-Control": "no-store" } }), request, learner);
}

async function remove(request: NextRequest, context: Context): Promise<Response> {
  const sectionId = await checkedSectionId(request, context, false);
  if (typeof sectionId !== "string") return sectionId;
  // Nothing to undo for a reader without a learner: never create one here.
  await database().transaction(async (tx) => {
    const learnerId = await findLearnerId(tx, request);
    if (!learnerId) return;
    await tx.lock(learnerId);
    await unmarkSectionStudied(tx, learnerId, sectionId);
  });
  const body: StudiedSectionBody = { sectionId, studied: false, studiedAt: null };
  return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
}

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods<Context>({ PUT: update, DELETE: remove });
