import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { NO_STORE } from "@/lib/api/no-store";
import { handleRoute } from "@/lib/api/handle-route";
import { readLearnerId } from "@/lib/learner/learner-cookie";
import { getCardDues } from "@/lib/progress/quiz-reads";
import type { ReviewsBody } from "@/lib/quiz/api-types";
import { buildReviewForecast } from "@/lib/quiz/review-forecast";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// When the learner's reviews fall due: now, today, this week, the next one, and a
// count per day for the next seven days (UTC). Zeros without a learner.
export const dynamic = "force-dynamic";

export const GET = handleRoute(async (request: NextRequest) => {
  const learnerId = readLearnerId(request);
  const dues = learnerId ? await getCardDues(learnerId) : [];
  const { forecast, upcoming } = buildReviewForecast(dues, new Date());
  const body: ReviewsBody = { ...forecast, upcoming };
  return NextResponse.json(body, { headers: NO_STORE });
});

const refuse = methodNotAllowed(["GET"]);
export const POST = refuse;
export const PUT = refuse;
export const PATCH = refuse;
export const DELETE = refuse;
