import type { NextRequest } from "next/server";
import { apiError } from "@/lib/api/errors";

// Any /api path no route claims answers in the API's JSON error shape, in the
// request's language, instead of the HTML 404 page meant for people.
function notFound(request: NextRequest): Response {
  return apiError(request, 404, "not_found");
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
