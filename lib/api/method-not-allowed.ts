import type { NextRequest } from "next/server";
import { apiError } from "./errors";

// Without these, a method a route does not take gets Next's 405 with an empty body;
// with them it gets the API's error shape in the request's language, and `Allow`.

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A handler to export under each method the route does not take. */
export function methodNotAllowed(allowed: readonly Method[]) {
  return function refuse(request: NextRequest): Response {
    const response = apiError(request, 405, "method_not_allowed");
    response.headers.set("Allow", allowed.join(", "));
    return response;
  };
}
