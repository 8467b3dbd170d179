import { NextRequest, NextResponse } from "next/server";
import { handleRoute } from "@/lib/api/handle-route";
import { getSectionById } from "@/lib/content/study-sets";
import { readLearnerId } from "@/lib/learner/learner-cookie";
import { getStudiedSections } from "@/lib/progress/studied-reads";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// The learner's studied sections, read by the pages' client leaves after load (the
// pages themselves are prerendered and never read cookies). A reader without a
// cookie gets an empty list: a GET never creates a learner.
export const dynamic = "force-dynamic";

export type StudiedListBody = { sections: { sectionId: string; studiedAt: string }[] };

export const GET = handleRoute(async (request: NextRequest) => {
  const learnerId = readLearnerId(request);
  const rows = learnerId ? await getStudiedSections(learnerId) : [];
  const body: StudiedListBody = {
    sections: rows
      // A section removed from content/ since it was studied is no longer listed.
      .filter((row) => getSectionById(row.sectionId) !== undefined)
      .map((row) => ({ sectionId: row.sectionId, studiedAt: row.studiedAt.toISOString() })),
  };
  return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
});

// handleRoute types its handlers with the plain Request; Next passes a NextRequest,
// whose parsed cookies the learner helpers read.

const refuse = methodNotAllowed(["GET"]);
export const POST = refuse;
export const PUT = refuse;
export const PATCH = refuse;
export const DELETE = refuse;
