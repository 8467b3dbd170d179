import type { NextRequest } from "next/server";
import { apiError } from "./errors";

type Handler<Context> = (request: NextRequest, context: Context) => Promise<Response>;

/**
 * Wraps a route handler so an unexpected failure is logged on the server and answered
 * with a generic 500 in the error shape: no stack or raw error object reaches the client.
 * Next hands route handlers a NextRequest, whose parsed cookies the learner helpers read.
 */
export function handleRoute<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      console.error(`[api] ${request.method} ${request.nextUrl.pathname} failed`, error);
      return apiError(request, 500, "internal");
    }
  };
}
