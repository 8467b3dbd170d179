import "server-only";
import type { NextResponse } from "next/server";
import { database } from "@/lib/database";
import { findLearnerId } from "@/lib/learner/learner-cookie";
import type { ApiErrorBody, HeaderSource } from "./errors";
import { clientAddress } from "./client-address";
import { rateLimitedResponse, takeRateLimit, type RateLimitKey } from "./rate-limit";

// The per-address budget every write route (other than answers) takes from before it
// stores anything; a write that would create a learner also takes from the address's
// learner-creation budget. The 429 carries Retry-After and the error shape.

export async function limitWrite(request: HeaderSource, options: { mayCreateLearner: boolean }): Promise<NextResponse<ApiErrorBody> | null> {
  const address = clientAddress(request);
  const keys: RateLimitKey[] = [{ limit: "writeByAddress", key: address }];
  if (options.mayCreateLearner && !(await findLearnerId(database(), request))) keys.push({ limit: "learnerCreateByAddress", key: address });
  const limited = await takeRateLimit(keys);
  return limited ? rateLimitedResponse(request, limited) : null;
}
