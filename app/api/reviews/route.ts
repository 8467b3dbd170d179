import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { NO_STORE } from "@/lib/api/no-store";
import { readLearnerId } from "@/lib/learner/learner-cookie";
import { getCardDues } from "@/lib/progress/quiz-reads";
import type { ReviewsBody } from "@/lib/quiz/api-types";
import { buildReviewForecast } from "@/lib/quiz/review-forecast";
import { routeMethods } from "@/lib/api/route-methods";

// When the learner's reviews fall due: now, today, this week, the next one, and a
// count per day for the next seven days (UTC). Zeros without a learner.
async function read(request: NextRequest): Promise<Response> {
  const learnerId = readLearnerId(request);
  const dues = learnerId ? await getCardDues(learnerId) : [];
  const { forecast, upcoming } = buildReviewForecast(dues, new Date());
  const body: ReviewsBody = { ...forecast, upcoming };
  return NextResponse.json(body, { headers: NO_STORE });
}

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({ GET: read });
