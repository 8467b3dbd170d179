// How the server itself answers when it refuses a request, so that its answers look
// like the app's: the security headers next.config.mjs gives every response, the API's
// error shape under /api (in English or Chinese, as the API chooses by
// Accept-Language), plain text elsewhere. Also the raw bytes for Node's own 400/431,
// which are written to the socket before any request object exists.
import type { ServerResponse } from "node:http";
import { STATUS_CODES } from "node:http";
import type { Refusal, RefusalCode } from "./request-guard";

export type SecurityHeaders = [string, string][];

const MESSAGES: Record<RefusalCode, { en: string; zh: string }> = {
  bad_request: { en: "The request could not be understood.", zh: "无法理解该请求。" },
  method_not_allowed: { en: "This method is not allowed here.", zh: "此地址不支持该请求方法。" },
  header_fields_too_large: {
    en: "The request's headers are too large. Clear this site's cookies and try again.",
    zh: "请求头过大。请清除本站的 Cookie 后重试。",
  },
  overloaded: { en: "The server is busy. Try again in a moment.", zh: "服务器繁忙，请稍后再试。" },
};

/** The body and content type of a refusal: the API's error shape under /api, else plain text. */
export function refusalBody(refusal: Refusal, path: string, acceptLanguage: string | undefined): { type: string; body: string } | null {
  if (refusal.code === null) return null;
  const language = /^\s*zh/i.test(acceptLanguage ?? "") ? "zh" : "en";
  const message = MESSAGES[refusal.code][language];
  if (path === "/api" || path.startsWith("/api/")) {
    return { type: "application/json", body: JSON.stringify({ error: { code: refusal.code, message } }) };
  }
  return { type: "text/plain; charset=utf-8", body: `${refusal.status} ${STATUS_CODES[refusal.status] ?? ""}: ${message}\n` };
}

export function writeRefusal(
  response: ServerResponse,
  refusal: Refusal,
  securityHeaders: SecurityHeaders,
  request: { url: string | undefined; acceptLanguage: string | undefined; method: string | undefined },
): void {
  const path = (request.url ?? "").split("?")[0] ?? "";
  const content = refusalBody(refusal, path, request.acceptLanguage);
  const headers: Record<string, string> = { ...Object.fromEntries(securityHeaders), ...refusal.headers, "Cache-Control": "no-store" };
  if (content) {
    headers["Content-Type"] = content.type;
    headers["Content-Length"] = String(Buffer.byteLength(content.body));
  }
  response.writeHead(refusal.status, headers);
  response.end(request.method === "HEAD" || !content ? undefined : content.body);
}

/**
 * A complete HTTP/1.1 response for Node's clientError handler, which answers malformed
 * requests (400), oversized headers (431) and slow ones (408) on the bare socket.
 */
export function rawRefusal(status: 400 | 408 | 431, securityHeaders: SecurityHeaders): string {
  const reason = STATUS_CODES[status] ?? "Error";
  const body = `${status} ${reason}\n`;
  const lines = [
    `HTTP/1.1 ${status} ${reason}`,
    ...securityHeaders.map(([name, value]) => `${name}: ${value}`),
    "Cache-Control: no-store",
    "Content-Type: text/plain; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Connection: close",
  ];
  return `${lines.join("\r\n")}\r\n\r\n${body}`;
}
