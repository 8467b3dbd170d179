import { describe, expect, it } from "vitest";
import { rawRefusal, refusalBody } from "./refusals";
import type { Refusal } from "./request-guard";

const tooLarge: Refusal = { status: 431, code: "header_fields_too_large", reason: "more than 64 cookies" };
const security: [string, string][] = [
  ["Content-Security-Policy", "default-src 'self'"],
  ["X-Content-Type-Options", "nosniff"],
];

describe("refusalBody", () => {
  it("speaks the API's error shape under /api, in the request's language", () => {
    const en = refusalBody(tooLarge, "/api/studied", "en-GB,en;q=0.9");
    expect(en?.type).toBe("application/json");
    expect(JSON.parse(en!.body)).toEqual({ error: { code: "header_fields_too_large", message: expect.stringContaining("cookies") } });
    const zh = refusalBody(tooLarge, "/api", "zh-CN,zh;q=0.9");
    expect(JSON.parse(zh!.body).error.message).toContain("Cookie");
    expect(JSON.parse(zh!.body).error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("is plain text with the status elsewhere, and nothing for a 204", () => {
    const page = refusalBody(tooLarge, "/en", undefined);
    expect(page?.type).toBe("text/plain; charset=utf-8");
    expect(page?.body).toMatch(/^431 Request Header Fields Too Large: /);
    expect(refusalBody({ status: 204, code: null, reason: "OPTIONS *" }, "*", undefined)).toBeNull();
  });
});

describe("rawRefusal", () => {
  it("is a complete HTTP response with the security headers, a length and a closed connection", () => {
    const raw = rawRefusal(431, security);
    const [head, body] = raw.split("\r\n\r\n");
    const lines = head!.split("\r\n");
    expect(lines[0]).toBe("HTTP/1.1 431 Request Header Fields Too Large");
    expect(lines).toContain("Content-Security-Policy: default-src 'self'");
    expect(lines).toContain("X-Content-Type-Options: nosniff");
    expect(lines).toContain("Connection: close");
    expect(lines).toContain(`Content-Length: ${Buffer.byteLength(body!)}`);
  });
});
