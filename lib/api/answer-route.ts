import type { IncomingMessage } from "node:http";
import { answerQuestion, MAX_ANSWER_BODY_BYTES } from "./answer-question";
import { ANSWER_ROUTE_SLOT } from "./answer-route-slot";
import { apiErrorBody } from "./errors";
import { NO_STORE } from "./no-store";
import { headersOf, readBodyText } from "./node-request";
import { learnerIdFromCookieHeader } from "@/lib/learner/learner-id";

// POST /api/quiz-sessions/:id/answers on Node's own request: the status, headers and JSON
// text of its answer, for whoever writes it. Two callers: the Pages Router route (Next's
// router, pages/api/quiz-sessions/[id]/answers.ts), and the production server's workers,
// which call it directly, without Next's router, once the route has offered it (offerAnswerRoute).

export type RouteAnswer = { status: number; headers: Record<string, string>; body: string };
export type AnswerRoute = (request: IncomingMessage, sessionId: string) => Promise<RouteAnswer>;

export const answerRoute: AnswerRoute = async (request, sessionId) => {
  const headers = headersOf(request);
  const json = (status: number, body: unknown, extra: Record<string, string> = {}): RouteAnswer => ({
    status,
    headers: { ...NO_STORE, ...extra },
    body: JSON.stringify(body),
  });
  if (request.method !== "POST") return json(405, apiErrorBody({ headers }, "method_not_allowed"), { Allow: "POST" });
  try {
    const result = await answerQuestion({
      headers,
      sessionId,
      // Read from the raw header as the App Router routes read it (duplicates alike).
      learnerId: learnerIdFromCookieHeader(headers.get("cookie")),
      body: await readBodyText(request, MAX_ANSWER_BODY_BYTES),
      clock: () => new Date(),
    });
    return json(result.status, result.body);
  } catch (error) {
    console.error(`[api] ${request.method} ${request.url} failed`, error);
    return json(500, apiErrorBody({ headers }, "internal"));
  }
};

/**
 * Offers the route to the production server's worker (server/direct-answers.ts), which then
 * answers its requests without Next's router: about half the server's CPU per answer.
 */
export function offerAnswerRoute(): void {
  (globalThis as Record<symbol, unknown>)[ANSWER_ROUTE_SLOT] = answerRoute;
}
