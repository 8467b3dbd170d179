import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { handleRoute } from "@/lib/api/handle-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { NO_STORE } from "@/lib/api/no-store";
import { readLearnerId } from "@/lib/learner/learner-cookie";
import { getTermsLearned } from "@/lib/progress/terms-reads";

// GET: the learner's glossary terms learned per kind (zero without a learner; never creates one).
export const dynamic = "force-dynamic";

export const GET = handleRoute(async (request: NextRequest) => {
  return NextResponse.json({ kinds: await getTermsLearned(readLearnerId(request)) }, { headers: NO_STORE });
});

const refuse = methodNotAllowed(["GET"]);
export const POST = refuse;
export const PUT = refuse;
export const PATCH = refuse;
export const DELETE = refuse;
