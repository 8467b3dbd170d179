import { createTranslator } from "next-intl";
import { NextResponse } from "next/server";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { requestLocale } from "./request-locale";

// Every API failure has one shape, `{ error: { code, message } }`, with the message in
// the request's language. Codes are a closed list so clients can branch on them.
export type ApiErrorCode = keyof (typeof en)["ApiErrors"];

const MESSAGES = { en, zh } as const;

export type ApiErrorBody = { error: { code: ApiErrorCode; message: string } };

/** A refusal before it is written into a response: its status, code and message values. */
export type ApiFailure = { status: number; code: ApiErrorCode; values?: Record<string, string | number> };

/** What the error helpers read of a request: only its headers (a Request has them). */
export type HeaderSource = { headers: Headers };

export function apiErrorMessage(request: HeaderSource, code: ApiErrorCode, values: Record<string, string | number> = {}): string {
  const locale = requestLocale(request);
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "ApiErrors" });
  return t(code, values);
}

export function apiErrorBody(request: HeaderSource, code: ApiErrorCode, values: Record<string, string | number> = {}): ApiErrorBody {
  return { error: { code, message: apiErrorMessage(request, code, values) } };
}

export function apiError(request: HeaderSource, status: number, code: ApiErrorCode, values: Record<string, string | number> = {}): NextResponse<ApiErrorBody> {
  return NextResponse.json(apiErrorBody(request, code, values), { status });
}

export function failureResponse(request: HeaderSource, failure: ApiFailure): NextResponse<ApiErrorBody> {
  return apiError(request, failure.status, failure.code, failure.values);
}
