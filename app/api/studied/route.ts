import { NextRequest, NextResponse } from "next/server";
import { getSectionById } from "@/lib/content/study-sets";
import { readLearnerId } from "@/lib/learner/learner-cookie";
import { getStudiedSections } from "@/lib/progress/studied-reads";
import { routeMethods } from "@/lib/api/route-methods";

// The learner's studied sections, read by the pages' client leaves after load (the
// pages themselves are prerendered and never read cookies). A reader without a
// cookie gets an empty list: a GET never creates a learner.
export type StudiedListBody = { sections: { sectionId: string; studiedAt: string }[] };

async function read(request: NextRequest): Promise<Response> {
  const learnerId = readLearnerId(request);
  const rows = learnerId ? await getStudiedSections(learnerId) : [];
  const body: StudiedListBody = {
    sections: rows
      // A section removed from content/ since it was studied is no longer listed.
      .filter((row) => getSectionById(row.sectionId) !== undefined)
      .map((row) => ({ sectionId: row.sectionId, studiedAt: row.studiedAt.toISOString() })),
  };
  return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
}

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({ GET: read });
