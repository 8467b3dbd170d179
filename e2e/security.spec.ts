import { expect, test, type APIResponse } from "@playwright/test";
import { getStudySets } from "@/lib/content/study-sets";
import { startPrivateServer, type PrivateServer } from "./support/private-server";

// Response headers on pages, API answers, static files and 404s; the learner cookie's
// flags and unguessable id; and cross-site writes refused with nothing stored.

const firstSection = getStudySets()[0]!.sections[0]!;
const LEARNER_ID = /^[A-Za-z0-9_-]{43}$/;

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]) {
    expect(csp.split(/;\s*/), `CSP of ${response.url()}`).toContain(directive);
  }
  expect(csp, "no eval in production").not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  expect(headers["permissions-policy"]).toContain("microphone=()");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-powered-by"]).toBeUndefined();
}

test.describe("security headers", () => {
  test("on a page in each locale", async ({ request }) => {
    for (const path of ["/en", "/zh"]) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expectSecurityHeaders(response);
    }
  });

  test("on an API response, an API error and a static file", async ({ request }) => {
    const list = await request.get("/api/studied");
    expect(list.status()).toBe(200);
    expectSecurityHeaders(list);

    const unknown = await request.put("/api/studied/no-such-section");
    expect(unknown.status()).toBe(404);
    expectSecurityHeaders(unknown);

    const file = await request.get("/probe.txt");
    expect(file.status()).toBe(200);
    expectSecurityHeaders(file);
  });

  test("on 404 pages", async ({ request }) => {
    for (const path of ["/en/no-such-page", "/zh/study/no-such-set/no-such-section", "/no-such-file.txt"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expectSecurityHeaders(response);
    }
  });

  test("the policy blocks nothing the pages need", async ({ page }) => {
    const violations: string[] = [];
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        (window as unknown as { __violations: string[] }).__violations ??= [];
        (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const paths = ["/en", "/zh", `/en/study/${firstSection.id.replace(":", "/")}`, "/zh/quiz", "/en/dashboard", "/zh/review"];
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      violations.push(...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])));
    }
    expect(violations).toEqual([]);
    expect(errors.filter((text) => /Content Security Policy|Permissions-Policy|Refused to/i.test(text))).toEqual([]);
  });
});

test.describe("learner cookie and cross-site writes", () => {
  test.describe.configure({ mode: "serial" });
  let server: PrivateServer;

  test.beforeAll(async () => {
    server = await startPrivateServer();
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  function learnerCookie(response: APIResponse) {
    const header = response.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("learner="));
    expect(header, "a learner cookie is set").toBeTruthy();
    const [pair = "", ...attributes] = header!.value.split(";").map((part) => part.trim());
    return { id: pair.slice("learner=".length), attributes: attributes.map((a) => a.toLowerCase()) };
  }

  test("is httpOnly and SameSite=Lax, Secure only over HTTPS, with an unguessable id", async ({ playwright }) => {
    const api = await playwright.request.newContext({ baseURL: server.baseURL });
    const plain = learnerCookie(await api.put(`/api/studied/${encodeURIComponent(firstSection.id)}`));
    expect(plain.attributes).toContain("httponly");
    expect(plain.attributes).toContain("samesite=lax");
    expect(plain.attributes).toContain("path=/");
    expect(plain.attributes).not.toContain("secure");
    expect(plain.id).toMatch(LEARNER_ID);

    // A fresh client (no cookie) behind an HTTPS proxy.
    const other = await playwright.request.newContext({ baseURL: server.baseURL });
    const secure = learnerCookie(await other.put(`/api/studied/${encodeURIComponent(firstSection.id)}`, { headers: { "x-forwarded-proto": "https" } }));
    expect(secure.attributes).toContain("secure");
    expect(secure.attributes).toContain("httponly");
    expect(secure.attributes).toContain("samesite=lax");
    expect(secure.id).toMatch(LEARNER_ID);
    expect(secure.id).not.toBe(plain.id);

    // Both are stored as distinct learners with exactly these ids.
    const stored = (await server.query<{ id: string }>(`SELECT "id" FROM "Learner" ORDER BY "id"`)).map((row) => row.id);
    expect(stored.sort()).toEqual([plain.id, secure.id].sort());
    await api.dispose();
    await other.dispose();
  });

  test("a forged id is never adopted: the server issues its own", async ({ playwright }) => {
    const forged = "A".repeat(43);
    const api = await playwright.request.newContext({ baseURL: server.baseURL, extraHTTPHeaders: { cookie: `learner=${forged}` } });
    const issued = learnerCookie(await api.put(`/api/studied/${encodeURIComponent(firstSection.id)}`));
    expect(issued.id).not.toBe(forged);
    expect(await server.query(`SELECT "id" FROM "Learner" WHERE "id" = ?`, forged)).toEqual([]);
    await api.dispose();
  });

  test("API writes from another site are refused and store nothing", async ({ playwright }) => {
    const api = await playwright.request.newContext({ baseURL: server.baseURL });
    // A learner with a session and one answer, so every route has a real target.
    const created = await api.post("/api/quiz-sessions", { data: { count: 2, mode: "choice" } });
    expect(created.status()).toBe(201);
    const session = (await created.json()) as { id: string; questions: { id: string; choices?: string[] }[] };
    const [first, second] = session.questions;
    const answered = await api.post(`/api/quiz-sessions/${session.id}/answers`, {
      data: { questionId: first!.id, answer: first!.choices?.[0] ?? "x" },
    });
    expect(answered.status()).toBe(200);

    const before = await server.rowCounts();
    const sectionPath = `/api/studied/${encodeURIComponent(firstSection.id)}`;
    const writes: { method: string; path: string; data?: unknown }[] = [
      { method: "PUT", path: sectionPath },
      { method: "DELETE", path: sectionPath },
      { method: "POST", path: "/api/quiz-sessions", data: { count: 3 } },
      { method: "POST", path: `/api/quiz-sessions/${session.id}/answers`, data: { questionId: second!.id, answer: "x" } },
      { method: "POST", path: `/api/quiz-sessions/${session.id}/answers/${encodeURIComponent(first!.id)}/override`, data: {} },
      { method: "DELETE", path: `/api/quiz-sessions/${session.id}/answers/${encodeURIComponent(first!.id)}/override`, data: {} },
      { method: "POST", path: `/api/quiz-sessions/${session.id}/answers/${encodeURIComponent(first!.id)}/grade`, data: { grade: "good" } },
      { method: "POST", path: "/api/progress/import", data: { report: { sections: [] }, answers: [] } },
      { method: "DELETE", path: "/api/progress", data: { confirm: true } },
      { method: "POST", path: "/api/transfer-codes", data: {} },
      { method: "POST", path: "/api/transfer-codes/redeem", data: { code: "ABCD-EFGH" } },
    ];
    const foreign: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { origin: `http://127.0.0.1.evil.example` },
      { "sec-fetch-site": "cross-site" },
    ];
    for (const write of writes) {
      for (const headers of foreign) {
        const response = await api.fetch(write.path, { method: write.method, data: write.data, headers });
        expect(response.status(), `${write.method} ${write.path} ${JSON.stringify(headers)}`).toBe(403);
        const body = (await response.json()) as { error?: { code?: string; message?: string } };
        expect(body.error?.code).toBe("forbidden_origin");
        expect(body.error?.message).toBeTruthy();
      }
    }
    expect(await server.rowCounts()).toEqual(before);

    // The same learner's own same-origin write still works.
    const own = await api.put(sectionPath, { headers: { origin: server.baseURL } });
    expect(own.status()).toBe(200);
    await api.dispose();
  });
});
