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

export function apiErrorMessage(request: Request, code: ApiErrorCode, values: Record<string, string | number> = {}): string {
  const locale = requestLocale(request);
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "ApiErrors" });
  return t(code, values);
}

export function apiError(
  request: Request,
  status: number,
  code: ApiErrorCode,
  values: Record<string, string | number> = {},
): NextResponse<ApiErrorBody> {
  return NextResponse.json({ error: { code, message: apiErrorMessage(request, code, values) } }, { status });
}
