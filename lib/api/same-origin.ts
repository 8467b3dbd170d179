import type { NextResponse } from "next/server";
import { apiError, type ApiErrorBody } from "./errors";

/**
 * Refuses cross-site writes. Browsers send Origin on every POST/PUT/DELETE; when it
 * names another host the request came from another site (CSRF), whatever the cookie
 * says. Sec-Fetch-Site covers browsers that omit Origin. Requests with neither come
 * from non-browser clients (curl, tests), which cannot carry a victim's cookie.
 */
export function rejectCrossSite(request: Request): NextResponse<ApiErrorBody> | null {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin !== null) {
    let originHost: string | null = null;
    try {
      originHost = origin === "null" ? null : new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (originHost === null || originHost !== host) return apiError(request, 403, "forbidden_origin");
    return null;
  }
  const site = request.headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return apiError(request, 403, "forbidden_origin");
  return null;
}
