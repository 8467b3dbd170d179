import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { clientAddress } from "@/lib/api/client-address";
import { apiError } from "@/lib/api/errors";
import { handleRoute } from "@/lib/api/handle-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { NO_STORE } from "@/lib/api/no-store";
import { rateLimitedResponse, takeRateLimit } from "@/lib/api/rate-limit";
import { readJson } from "@/lib/api/read-json";
import { rejectCrossSite } from "@/lib/api/same-origin";
import { database } from "@/lib/database";
import { findLearnerId } from "@/lib/learner/learner-cookie";
import { formatTransferCode } from "@/lib/transfer/transfer-code";
import { createTransferSchema } from "@/lib/transfer/transfer-schemas";
import { createTransferCode } from "@/lib/transfer/transfer-writes";

// POST `{}`: a one-time code that continues this learner on another device, shown only
// in this answer (only its SHA-256 is stored). Needs an existing learner; rate-limited
// per client address and per learner.
export const dynamic = "force-dynamic";

export const POST = handleRoute(async (request: NextRequest) => {
  const rejected = rejectCrossSite(request);
  if (rejected) return rejected;
  const body = await readJson(request, createTransferSchema, 1024);
  if (!body.ok) return body.response;
  const learnerId = await findLearnerId(database(), request);
  if (!learnerId) return apiError(request, 409, "transfer_needs_learner");
  const limited = await takeRateLimit([
    { limit: "transferCreateByAddress", key: clientAddress(request) },
    { limit: "transferCreateByLearner", key: learnerId },
  ]);
  if (limited) return rateLimitedResponse(request, limited);
  const created = await createTransferCode(learnerId, new Date());
  return NextResponse.json(
    { code: formatTransferCode(created.code), expiresAt: created.expiresAt.toISOString() },
    { status: 201, headers: NO_STORE },
  );
});

const refuse = methodNotAllowed(["POST"]);
export const GET = refuse;
export const PUT = refuse;
export const PATCH = refuse;
export const DELETE = refuse;
