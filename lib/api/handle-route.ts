import type { NextResponse } from "next/server";
import { apiError } from "./errors";

type Handler<Context> = (request: Request, context: Context) => Promise<NextResponse | Response>;

/**
 * Wraps a route handler so an unexpected failure is logged on the server and answered
 * with a generic 500 in the error shape: no stack or raw error object reaches the client.
 */
export function handleRoute<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      console.error(`[api] ${request.method} ${new URL(request.url).pathname} failed`, error);
      return apiError(request, 500, "internal");
    }
  };
}
