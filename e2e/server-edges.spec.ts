import { connect } from "node:net";
import { expect, test } from "@playwright/test";
import { type RawResponse, sendRaw } from "./support/raw-http";
import { startPrivateServer } from "./support/private-server";

// The production server's own edges (server/guard/): what Next or Node answered without
// the security headers, answered wrongly, or answered at a cost that grows with the
// request. Each answer carries the headers next.config.mjs gives every response.

function expectSecurityHeaders(headers: Record<string, string | string[] | undefined>, what: string) {
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["x-frame-options"], what).toBe("DENY");
}

/** Bytes written to the socket as they are, for requests no HTTP client would send; the response head parsed. */
function sendBytes(baseURL: string, bytes: string): Promise<RawResponse> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.end(bytes));
    let received = "";
    socket.on("data", (chunk) => (received += chunk.toString("utf8")));
    socket.on("error", reject);
    socket.on("close", () => {
      const [head = "", body = ""] = received.split("\r\n\r\n");
      const [statusLine = "", ...lines] = head.split("\r\n");
      const headers: Record<string, string> = {};
      for (const line of lines) headers[line.slice(0, line.indexOf(":")).toLowerCase()] = line.slice(line.indexOf(":") + 1).trim();
      resolve({ status: Number(statusLine.split(" ")[1]), headers, body });
    });
  });
}

test("an absolute-form target is served as its path: the trailing-slash redirect stays on this site", async ({ baseURL }) => {
  const response = await sendRaw(baseURL!, { method: "GET", path: "http://evil.com/en/" });
  expect(response.status).toBe(308);
  expect(response.headers.location).toBe("/en");
  expectSecurityHeaders(response.headers, "308 of an absolute-form target");
  const page = await sendRaw(baseURL!, { method: "GET", path: "http://evil.com/en" });
  expect(page.status).toBe(200);
  expect(page.body).toContain('<html lang="en"');
});

test("Next's trailing-slash redirects and its 400 for a bad % carry the security headers, also under /api", async ({ baseURL }) => {
  const redirect = await sendRaw(baseURL!, { method: "GET", path: "/en/quiz/" });
  expect(redirect.status).toBe(308);
  expect(redirect.headers.location).toBe("/en/quiz");
  expectSecurityHeaders(redirect.headers, "trailing-slash 308");
  for (const path of ["/en/%", "/api/%", "/api/studied/%zz"]) {
    const response = await sendRaw(baseURL!, { method: "GET", path });
    expect(response.status, path).toBe(400);
    expectSecurityHeaders(response.headers, `400 for ${path}`);
  }
});

test('GET * is a 400 with the security headers (it was a 500 "Invalid URL"); OPTIONS * lists the methods', async ({ baseURL }) => {
  const star = await sendBytes(baseURL!, "GET * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
  expect(star.status).toBe(400);
  expectSecurityHeaders(star.headers, "GET *");
  const options = await sendBytes(baseURL!, "OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
  expect(options.status).toBe(204);
  expect(options.headers.allow).toContain("POST");
});

test("Node's own 400 (a malformed request) and 431 (headers over 16 KB) carry the security headers", async ({ baseURL }) => {
  const malformed = await sendBytes(baseURL!, "GE:T /en HTTP/1.1\r\nHost: localhost\r\n\r\n");
  expect(malformed.status).toBe(400);
  expectSecurityHeaders(malformed.headers, "Node's 400");
  const huge = await sendBytes(baseURL!, `GET /en HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${"a".repeat(20_000)}\r\n\r\n`);
  expect(huge.status).toBe(431);
  expectSecurityHeaders(huge.headers, "Node's 431");
});

test("1,500 junk cookies are refused with 431 before Next parses them, in the API's error shape", async ({ baseURL }) => {
  const junk = Array.from({ length: 1500 }, (_, i) => `j${i}=x`).join("; ");
  for (const [language, expected] of [
    ["en", /cookies/],
    ["zh", /Cookie/],
  ] as const) {
    const api = await sendRaw(baseURL!, { method: "GET", path: "/api/studied", headers: { cookie: junk, "accept-language": language } });
    expect(api.status).toBe(431);
    expectSecurityHeaders(api.headers, "431 under /api");
    const body = JSON.parse(api.body) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("header_fields_too_large");
    expect(body.error.message).toMatch(expected);
  }
  const page = await sendRaw(baseURL!, { method: "GET", path: "/en", headers: { cookie: junk } });
  expect(page.status).toBe(431);
  expect(page.headers["content-type"]).toContain("text/plain");
  // A browser's ordinary cookies pass.
  const ordinary = await sendRaw(baseURL!, { method: "GET", path: "/api/studied", headers: { cookie: "NEXT_LOCALE=zh; theme=dark" } });
  expect(ordinary.status).toBe(200);
});

test("more than 100 header lines are refused with 431", async ({ baseURL }) => {
  const headers = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`x-extra-${i}`, "1"]));
  const response = await sendRaw(baseURL!, { method: "GET", path: "/api/studied", headers });
  expect(response.status).toBe(431);
  expectSecurityHeaders(response.headers, "431 for header lines");
});

test("past its in-flight limit a worker sheds load with 503, Retry-After and the security headers, and serves again after", async () => {
  // One request in flight at a time: of ten requests pipelined on one connection (parsed
  // together, before the first is answered), the first is served and the others are shed.
  const server = await startPrivateServer({ MAX_IN_FLIGHT: "1", WEB_CONCURRENCY: "1" });
  try {
    const request = (last: boolean) => `GET /api/progress HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n${last ? "Connection: close\r\n" : ""}\r\n`;
    const raw = await new Promise<string>((resolve, reject) => {
      const url = new URL(server.baseURL);
      const socket = connect(Number(url.port), url.hostname, () => socket.write(Array.from({ length: 10 }, (_, i) => request(i === 9)).join("")));
      let received = "";
      socket.on("data", (chunk) => (received += chunk.toString("utf8")));
      socket.on("error", reject);
      socket.on("close", () => resolve(received));
    });
    const responses = raw.split(/(?=HTTP\/1\.1 \d{3} )/);
    expect(responses).toHaveLength(10);
    expect(responses[0]).toMatch(/^HTTP\/1\.1 200 /);
    const shed = responses.filter((response) => response.startsWith("HTTP/1.1 503 "));
    expect(shed.length, "the requests behind the first are shed").toBeGreaterThan(0);
    for (const response of shed) {
      expect(response).toMatch(/\r\nRetry-After: 1\r\n/i);
      expect(response).toMatch(/\r\nContent-Security-Policy: [^\r]*frame-ancestors 'none'/i);
      expect(response).toContain('"code":"overloaded"');
    }
    // Once the load is gone the same worker serves again; prerendered pages never wait for a slot.
    expect((await sendRaw(server.baseURL, { method: "GET", path: "/api/progress" })).status).toBe(200);
    expect((await sendRaw(server.baseURL, { method: "GET", path: "/en" })).status).toBe(200);
  } finally {
    await server.stop();
  }
});
