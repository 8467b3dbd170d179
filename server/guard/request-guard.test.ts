import { describe, expect, it } from "vitest";
import { guardRequest, LIMITS, originFormTarget } from "./request-guard";

const request = (extra: Partial<Parameters<typeof guardRequest>[0]> = {}) =>
  guardRequest({ method: "GET", url: "/en", rawHeaderCount: 8, cookie: undefined, ...extra });

describe("originFormTarget", () => {
  it("passes a path through unchanged", () => {
    expect(originFormTarget("GET", "/en/study/a?x=1")).toEqual({ ok: true, url: "/en/study/a?x=1" });
    expect(originFormTarget("GET", "//evil.com/en/")).toEqual({ ok: true, url: "//evil.com/en/" });
  });

  it("reduces an absolute-form target to its path and query, so no redirect can name its host", () => {
    expect(originFormTarget("GET", "http://evil.com/en/")).toEqual({ ok: true, url: "/en/" });
    expect(originFormTarget("GET", "HTTPS://evil.com:8443/api/studied?x=1")).toEqual({ ok: true, url: "/api/studied?x=1" });
  });

  it("answers OPTIONS * with the methods and refuses * for anything else", () => {
    const options = originFormTarget("OPTIONS", "*");
    expect(options.ok === false && options.refusal.status).toBe(204);
    expect(options.ok === false && options.refusal.headers?.Allow).toContain("GET");
    const get = originFormTarget("GET", "*");
    expect(get.ok === false && get.refusal).toMatchObject({ status: 400, code: "bad_request" });
  });

  it("refuses targets that are neither a path nor an http URL", () => {
    for (const url of ["en", "ftp://host/x", "http://[bad/", ""]) {
      const result = originFormTarget("GET", url);
      expect(result.ok === false && result.refusal.status, url).toBe(400);
    }
  });
});

describe("guardRequest", () => {
  it("lets an ordinary request through", () => {
    expect(request({ cookie: "learner=abc; NEXT_LOCALE=zh" })).toEqual({ ok: true, url: "/en" });
  });

  it("refuses TRACE with 405 and the methods it takes", () => {
    const result = request({ method: "TRACE" });
    expect(result.ok === false && result.refusal).toMatchObject({ status: 405, code: "method_not_allowed" });
    expect(result.ok === false && result.refusal.headers?.Allow).not.toContain("TRACE");
  });

  it("refuses 1,500 junk cookies (12 KB) with 431 before Next parses them", () => {
    const junk = Array.from({ length: 1500 }, (_, i) => `j${i}=${"x".repeat(4)}`).join("; ");
    const result = request({ cookie: junk });
    expect(result.ok === false && result.refusal).toMatchObject({ status: 431, code: "header_fields_too_large" });
  });

  it("caps the cookies by count even when they are small, and by bytes even when they are few", () => {
    const many = Array.from({ length: LIMITS.cookies + 1 }, (_, i) => `c${i}=1`).join(";");
    const atLimit = Array.from({ length: LIMITS.cookies }, (_, i) => `c${i}=1`).join(";");
    expect(request({ cookie: many }).ok).toBe(false);
    expect(request({ cookie: atLimit }).ok).toBe(true);
    expect(request({ cookie: `big=${"x".repeat(LIMITS.cookieBytes)}` }).ok).toBe(false);
    // Node hands repeated Cookie headers over joined; an array counts the same way.
    expect(request({ cookie: [atLimit, "one=more"] }).ok).toBe(false);
  });

  it("refuses more header lines than the limit with 431", () => {
    const result = request({ rawHeaderCount: LIMITS.headers + 1 });
    expect(result.ok === false && result.refusal.status).toBe(431);
    expect(request({ rawHeaderCount: LIMITS.headers }).ok).toBe(true);
  });
});
