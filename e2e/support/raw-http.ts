import { request as httpRequest } from "node:http";

// Requests exactly as written: the path is not normalised (so "%2e%2e" and ".." reach
// the server as sent), headers and body are byte-for-byte, and no cookie jar adds or
// keeps anything between requests.
export type RawRequest = { method: string; path: string; headers?: Record<string, string>; body?: string | Buffer };
export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

export function sendRaw(baseURL: string, raw: RawRequest): Promise<RawResponse> {
  const url = new URL(baseURL);
  const body = raw.body === undefined ? undefined : Buffer.isBuffer(raw.body) ? raw.body : Buffer.from(raw.body);
  const headers: Record<string, string> = { ...raw.headers };
  if (body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === "content-length")) {
    headers["content-length"] = String(body.byteLength);
  }
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: url.hostname, port: url.port, method: raw.method, path: raw.path, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** The `learner=…` pair of a response's Set-Cookie, ready for a Cookie header. */
export function learnerCookie(response: RawResponse): string | null {
  const setCookie = response.headers["set-cookie"] ?? [];
  const header = (Array.isArray(setCookie) ? setCookie : [setCookie]).find((value) => value.startsWith("learner="));
  return header ? header.split(";")[0]! : null;
}
