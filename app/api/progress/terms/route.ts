import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { routeMethods } from "@/lib/api/route-methods";
import { NO_STORE } from "@/lib/api/no-store";
import { readLearnerId } from "@/lib/learner/learner-cookie";
import { getTermsLearned } from "@/lib/progress/terms-reads";

// GET: the learner's glossary terms learned per kind (zero without a learner; never creates one).
async function read(request: NextRequest): Promise<Response> {
  return NextResponse.json({ kinds: await getTermsLearned(readLearnerId(request)) }, { headers: NO_STORE });
}

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({ GET: read });
