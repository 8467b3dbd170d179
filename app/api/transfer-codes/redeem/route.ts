import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { clientAddress } from "@/lib/api/client-address";
import { apiError, type ApiErrorCode } from "@/lib/api/errors";
import { routeMethods } from "@/lib/api/route-methods";
import { NO_STORE } from "@/lib/api/no-store";
import { rateLimitedResponse, takeRateLimit, type RateLimitKey } from "@/lib/api/rate-limit";
import { readWrite } from "@/lib/api/read-json";
import { readLearnerId, setLearnerCookie } from "@/lib/learner/learner-cookie";
import { normalizeTransferCode } from "@/lib/transfer/transfer-code";
import { redeemTransferSchema } from "@/lib/transfer/transfer-schemas";
import { redeemTransferCode, type RedeemResult } from "@/lib/transfer/transfer-writes";

// POST `{ "code": "ABCD-EFGH" }`: uses a transfer code once and makes this browser the
// learner who made it (the learner cookie is set). A malformed code is refused before
// anything is counted or stored; every well-formed attempt counts against the client
// address's (and the current learner's) budget, so codes cannot be guessed.
const FAILURES: Record<Extract<RedeemResult, { ok: false }>["reason"], { status: number; code: ApiErrorCode }> = {
  unknown: { status: 404, code: "transfer_code_unknown" },
  used: { status: 410, code: "transfer_code_used" },
  expired: { status: 410, code: "transfer_code_expired" },
};

async function create(request: NextRequest): Promise<Response> {
  const body = await readWrite(request, redeemTransferSchema, 1024);
  if (!body.ok) return body.response;
  const code = normalizeTransferCode(body.data.code);
  if (!code) return apiError(request, 400, "transfer_code_malformed");
  const keys: RateLimitKey[] = [{ limit: "transferRedeemByAddress", key: clientAddress(request) }];
  const learnerId = readLearnerId(request);
  if (learnerId) keys.push({ limit: "transferRedeemByLearner", key: learnerId });
  const limited = await takeRateLimit(keys);
  if (limited) return rateLimitedResponse(request, limited);
  const result = await redeemTransferCode(code, new Date());
  if (!result.ok) {
    const failure = FAILURES[result.reason];
    return apiError(request, failure.status, failure.code);
  }
  return setLearnerCookie(NextResponse.json({ continued: true }, { headers: NO_STORE }), request, result.learnerId);
}

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({ POST: create });
