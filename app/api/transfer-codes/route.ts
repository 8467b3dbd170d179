import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { clientAddress } from "@/lib/api/client-address";
import { apiError } from "@/lib/api/errors";
import { routeMethods } from "@/lib/api/route-methods";
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
async function create(request: NextRequest): Promise<Response> {
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
  return NextResponse.json({ code: formatTransferCode(created.code), expiresAt: created.expiresAt.toISOString() }, { status: 201, headers: NO_STORE });
}

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({ POST: create });
