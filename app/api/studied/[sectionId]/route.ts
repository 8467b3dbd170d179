import { NextRequest, NextResponse } from "next/server";
import { apiError } from "@/lib/api/errors";
import { rejectCrossSite } from "@/lib/api/same-origin";
import { getSectionById } from "@/lib/content/study-sets";
import { ensureLearner, findLearnerId, withLearnerCookie } from "@/lib/learner/learner-cookie";
import { markSectionStudied, unmarkSectionStudied } from "@/lib/progress/studied-writes";
import { routeMethods } from "@/lib/api/route-methods";

// PUT marks a section as studied (creating the learner and its cookie on the first
// write); DELETE undoes it. Both are idempotent. Every check runs before anything is
// stored: a cross-site request or an unknown section id stores nothing.
type Context = { params: Promise<{ sectionId: string }> };

export type StudiedSectionBody = { sectionId: string; studied: boolean; studiedAt: string | null };

const MAX_SECTION_ID_LENGTH = 300;

/** A write's checks, in order: a same-site request, then a section that exists. */
async function writableSection(request: NextRequest, context: Context): Promise<string | Response> {
  const rejected = rejectCrossSite(request);
  if (rejected) return rejected;
  const { sectionId } = await context.params;
  const known = sectionId.length > MAX_SECTION_ID_LENGTH ? undefined : getSectionById(sectionId);
  return known?.id ?? apiError(request, 404, "unknown_section");
}

async function update(request: NextRequest, context: Context): Promise<Response> {
  const sectionId = await writableSection(request, context);
  if (sectionId instanceof Response) return sectionId;
  const learner = await ensureLearner(request);
  const row = await markSectionStudied(learner.id, sectionId, new Date());
  const body: StudiedSectionBody = { sectionId, studied: true, studiedAt: row.studiedAt.toISOString() };
  return withLearnerCookie(NextResponse.json(body, { headers: { "Cache-Control": "no-store" } }), request, learner);
}

async function remove(request: NextRequest, context: Context): Promise<Response> {
  const sectionId = await writableSection(request, context);
  if (sectionId instanceof Response) return sectionId;
  // Nothing to undo for a reader without a learner: never create one here.
  const learnerId = await findLearnerId(request);
  if (learnerId) await unmarkSectionStudied(learnerId, sectionId);
  const body: StudiedSectionBody = { sectionId, studied: false, studiedAt: null };
  return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
}

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods<Context>({ PUT: update, DELETE: remove });
