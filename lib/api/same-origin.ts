import type { NextResponse } from "next/server";
import { apiError, type ApiErrorBody, type HeaderSource } from "./errors";

/**
 * Whether a write comes from another site. Browsers send Origin on every
 * POST/PUT/DELETE; when it names another host the request came from another site
 * (CSRF), whatever the cookie says. Sec-Fetch-Site covers browsers that omit Origin.
 * Requests with neither come from non-browser clients (curl, tests), which cannot
 * carry a victim's cookie.
 */
export function isCrossSite(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (origin !== null) {
    let originHost: string | null = null;
    try {
      originHost = origin === "null" ? null : new URL(origin).host;
    } catch {
      originHost = null;
    }
    return originHost === null || originHost !== host;
  }
  const site = headers.get("sec-fetch-site");
  return site === "cross-site" || site === "same-site";
}

/** Refuses cross-site writes with 403 (see isCrossSite). */
export function rejectCrossSite(request: HeaderSource): NextResponse<ApiErrorBody> | null {
  return isCrossSite(request.headers) ? apiError(request, 403, "forbidden_origin") : null;
}
