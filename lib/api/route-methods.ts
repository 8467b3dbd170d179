import type { NextRequest } from "next/server";
import { apiError } from "./errors";
import { handleRoute } from "./handle-route";

// A route file's exports in one call: the handlers it takes, each wrapped by
// handleRoute, and for every other method a 405 in the API's error shape (in the
// request's language, with `Allow`) instead of Next's empty one.
//   export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({ GET: readThing });
// No `dynamic` export is needed: since Next 15 route handlers run on every request.

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
type Handler<Context> = (request: NextRequest, context: Context) => Promise<Response>;

export function routeMethods<Context>(handlers: Partial<Record<Method, Handler<Context>>>): Record<Method, Handler<Context>> {
  const allowed = METHODS.filter((method) => handlers[method] !== undefined);
  const refuse: Handler<Context> = async (request) => {
    const response = apiError(request, 405, "method_not_allowed");
    response.headers.set("Allow", allowed.join(", "));
    return response;
  };
  const entries = METHODS.map((method) => {
    const handler = handlers[method];
    return [method, handler ? handleRoute(handler) : refuse] as const;
  });
  return Object.fromEntries(entries) as Record<Method, Handler<Context>>;
}
