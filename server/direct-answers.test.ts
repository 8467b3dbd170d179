// The worker's own path for answers: which requests it takes, and that its answers reach
// the client as Next's path would (Next's own compression middleware, run on a real
// server beside it, is the reference).
import { createServer, type IncomingMessage, request as httpRequest, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, inflateSync } from "node:zlib";
import compression from "next/dist/compiled/compression";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ANSWER_ROUTE_SLOT as APP_SLOT } from "../lib/api/answer-route-slot";
import { ANSWER_ROUTE_SLOT, type AnswerRoute, directAnswer, writeAnswer } from "./direct-answers";

const slot = globalThis as Record<symbol, unknown>;
const route: AnswerRoute = async () => ({ status: 200, headers: { "Cache-Control": "no-store" }, body: "{}" });
const SESSION = "AbCdEfGhIjKlMnOpQrSt_-";

afterEach(() => {
  delete slot[ANSWER_ROUTE_SLOT];
});

describe("directAnswer", () => {
  it("reads the slot the app's route fills", () => {
    expect(ANSWER_ROUTE_SLOT).toBe(APP_SLOT);
  });

  it("takes nothing before the route is offered", () => {
    expect(directAnswer("POST", `/api/quiz-sessions/${SESSION}/answers`)).toBeNull();
  });

  it("takes a POST to exactly the route's target once offered, and leaves everything else to Next", () => {
    slot[ANSWER_ROUTE_SLOT] = route;
    expect(directAnswer("POST", `/api/quiz-sessions/${SESSION}/answers`)).toEqual({ route, sessionId: SESSION });
    for (const [method, url] of [
      ["GET", `/api/quiz-sessions/${SESSION}/answers`],
      ["HEAD", `/api/quiz-sessions/${SESSION}/answers`],
      ["POST", `/api/quiz-sessions/${SESSION}/answers/`],
      ["POST", `/api/quiz-sessions/${SESSION}/answers?x=1`],
      ["POST", `/api/quiz-sessions/a%20b/answers`],
      ["POST", `/api/quiz-sessions//answers`],
      ["POST", `//api/quiz-sessions/${SESSION}/answers`],
      ["POST", `/api/quiz-sessions/${SESSION}/answers/q1/override`],
      ["POST", `/en/api/quiz-sessions/${SESSION}/answers`],
      ["POST", `/api/quiz-sessions/${"x".repeat(65)}/answers`],
    ]) {
      expect(directAnswer(method, url), `${method} ${url}`).toBeNull();
    }
  });
});

describe("writeAnswer", () => {
  type Seen = { status: number; headers: Record<string, string | string[] | undefined>; body: string };
  let nextUrl = "";
  let directUrl = "";
  const servers: ReturnType<typeof createServer>[] = [];
  const bodyOf = (request: IncomingMessage) =>
    request.headers["x-size"] === "large" ? JSON.stringify({ text: "答".repeat(600) }) : JSON.stringify({ ok: true });
  const answer = (request: IncomingMessage) => ({ status: 200, headers: { "Cache-Control": "no-store" }, body: bodyOf(request) });

  beforeAll(async () => {
    const compress = compression();
    // As the Pages Router route writes it, behind Next's compression middleware.
    const viaNext = createServer((request: IncomingMessage, response: ServerResponse) => {
      compress(request, response, () => {
        const { status, headers, body } = answer(request);
        response.writeHead(status, { ...headers, "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)) });
        response.end(body);
      });
    });
    const direct = createServer((request, response) => writeAnswer(request, response, answer(request)));
    for (const server of [viaNext, direct]) {
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    }
    nextUrl = `http://127.0.0.1:${(viaNext.address() as AddressInfo).port}/`;
    directUrl = `http://127.0.0.1:${(direct.address() as AddressInfo).port}/`;
  });
  afterAll(() => servers.forEach((server) => server.close()));

  const get = (url: string, acceptEncoding: string | undefined, size: string): Promise<Seen> =>
    new Promise((resolve, reject) => {
      const headers: Record<string, string> = { "x-size": size };
      if (acceptEncoding !== undefined) headers["accept-encoding"] = acceptEncoding;
      // node:http, not fetch: fetch would decode the body and hide the encoding.
      const call = httpRequest(url, { method: "POST", headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const raw = Buffer.concat(chunks);
          const encoding = response.headers["content-encoding"];
          const body = (encoding === "gzip" ? gunzipSync(raw) : encoding === "deflate" ? inflateSync(raw) : raw).toString("utf8");
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body });
        });
      });
      call.on("error", reject);
      call.end();
    });

  it("compresses a large answer and leaves a small one as it is, as Next does", async () => {
    expect((await get(directUrl, "gzip, deflate, br", "large")).headers["content-encoding"]).toBe("gzip");
    expect((await get(directUrl, "deflate", "large")).headers["content-encoding"]).toBe("deflate");
    expect((await get(directUrl, "gzip, deflate, br", "small")).headers["content-encoding"]).toBeUndefined();
    expect((await get(directUrl, "gzip, deflate, br", "small")).headers.vary).toBe("Accept-Encoding");
  });

  it.each([undefined, "", "gzip, deflate, br", "br", "deflate", "deflate, gzip", "gzip;q=0, deflate", "identity", "*", "gzip;q=0.5, deflate;q=0.9", "*;q=0"])(
    "answers as Next's path does with Accept-Encoding %j",
    async (acceptEncoding) => {
      for (const size of ["small", "large"]) {
        const [viaNext, direct] = await Promise.all([get(nextUrl, acceptEncoding, size), get(directUrl, acceptEncoding, size)]);
        expect(direct.status).toBe(viaNext.status);
        expect(direct.body).toBe(viaNext.body);
        for (const name of ["content-encoding", "vary", "content-type", "cache-control"]) {
          expect(direct.headers[name], `${size}: ${name}`).toEqual(viaNext.headers[name]);
        }
      }
    },
  );
});
