import { expect, test } from "@playwright/test";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { getStudySets } from "@/lib/content/study-sets";
import { sendRaw } from "./support/raw-http";

// The production server's own behaviour (server/): prerendered pages come
// from its front cache in every encoding a browser asks for, with Next's headers;
// requests from Next's client router still reach Next; the answer route refuses
// other methods in the API's error shape; TRACE, which the Fetch standard forbids,
// never reaches Next (which would answer a bare 500).

const set = getStudySets()[0]!;
const studyPath = (locale: string) => `/${locale}/study/${set.slug}/${set.sections[0]!.slug}`;

test.describe("prerendered pages from the front cache", () => {
  test("the same page in br, gzip and uncompressed, each with the security headers and a per-page Vary", async ({ request }) => {
    for (const path of ["/en", "/zh", studyPath("en"), studyPath("zh")]) {
      const bodies: string[] = [];
      for (const [acceptEncoding, expected] of [
        ["br, gzip", "br"],
        ["gzip", "gzip"],
        ["identity", undefined],
      ] as const) {
        const response = await request.get(path, { headers: { "Accept-Encoding": acceptEncoding } });
        expect(response.status(), `${path} ${acceptEncoding}`).toBe(200);
        const headers = response.headers();
        expect(headers["content-encoding"], `${path} ${acceptEncoding}`).toBe(expected);
        expect(headers["content-type"]).toBe("text/html; charset=utf-8");
        expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
        expect(headers["x-content-type-options"]).toBe("nosniff");
        expect(headers.vary).toContain("rsc");
        expect(headers.vary).toContain("Accept-Encoding");
        expect(headers["set-cookie"]).toBeUndefined();
        bodies.push(await response.text());
      }
      expect(bodies[0], `${path}: one page whatever the encoding`).toBe(bodies[2]);
      expect(bodies[1]).toBe(bodies[2]);
      expect(bodies[2]).toContain(`<html lang="${path.slice(1, 3)}"`);
    }
  });

  test("the query string does not change the page; a HEAD request gets its headers only", async ({ request }) => {
    const plain = await (await request.get("/en/quiz")).text();
    const withQuery = await request.get(`/en/quiz?sections=${encodeURIComponent(set.sections[0]!.id)}`);
    expect(await withQuery.text()).toBe(plain);
    const head = await request.head("/en");
    expect(head.status()).toBe(200);
    expect(Number(head.headers()["content-length"])).toBeGreaterThan(1000);
    expect((await head.body()).length).toBe(0);
  });

  test("the client router's requests for the same address still get Next's RSC payload", async ({ request }) => {
    const payload = await request.get(`/en?_rsc=probe`, { headers: { RSC: "1" } });
    expect(payload.status()).toBe(200);
    expect(payload.headers()["content-type"]).toContain("text/x-component");
    expect(await payload.text()).not.toContain("<html");
    // and the page itself is unchanged afterwards
    expect(await (await request.get("/en")).text()).toContain('<html lang="en"');
  });
});

test("the answer route refuses other methods with 405, Allow and the error shape in the request's language", async ({ request }) => {
  const path = "/api/quiz-sessions/AAAAAAAAAAAAAAAAAAAAAA/answers";
  for (const [locale, messages] of [
    ["en", en],
    ["zh", zh],
  ] as const) {
    for (const method of ["GET", "PUT", "DELETE"]) {
      const response = await request.fetch(path, { method, headers: { "Accept-Language": locale } });
      expect(response.status(), `${method} ${locale}`).toBe(405);
      expect(response.headers().allow).toBe("POST");
      expect(response.headers()["content-security-policy"], "next.config's headers reach the Pages Router route too").toContain("frame-ancestors 'none'");
      expect(response.headers()["cache-control"]).toBe("no-store");
      expect(await response.json()).toEqual({ error: { code: "method_not_allowed", message: messages.ApiErrors.method_not_allowed } });
    }
  }
});

test("TRACE is refused with 405 and the security headers, on pages and the API", async ({ baseURL }) => {
  for (const path of ["/en", "/api/studied", "/api/quiz-sessions/AAAAAAAAAAAAAAAAAAAAAA/answers"]) {
    const response = await sendRaw(baseURL!, { method: "TRACE", path });
    expect(response.status, `TRACE ${path}`).toBe(405);
    expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers.allow).not.toContain("TRACE");
  }
});
