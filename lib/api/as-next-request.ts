import { NextRequest } from "next/server";

// handleRoute types its handlers with the plain Request; Next passes a NextRequest,
// whose parsed cookies the learner helpers read.
export function asNextRequest(request: Request): NextRequest {
  return request instanceof NextRequest ? request : new NextRequest(request);
}

/** Headers for every API answer that depends on the learner. */
export const NO_STORE = { "Cache-Control": "no-store" } as const;
