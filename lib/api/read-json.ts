import type { NextResponse } from "next/server";
import type { z } from "zod";
import { failureResponse, type ApiErrorBody, type ApiFailure } from "./errors";
import { rejectCrossSite } from "./same-origin";

// The one door request bodies come through: JSON content type, a size cap (checked on
// the declared length and again on the bytes read), a parse, then a zod schema.
// Failures become 4xx answers before anything is stored. The checks work on headers
// and text, so a route that reads its body another way applies the same rules.
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;

export type ReadJsonResult<T> = { ok: true; data: T } | { ok: false; response: NextResponse<ApiErrorBody> };
export type ParsedBody<T> = { ok: true; data: T } | { ok: false; failure: ApiFailure };

/** The refusal a body's headers already earn: not JSON, or declared too large. */
export function jsonHeadersFailure(headers: Headers, maxBytes: number): ApiFailure | null {
  const contentType = headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType.trim())) return { status: 415, code: "unsupported_media_type" };
  const declared = Number(headers.get("content-length") ?? "0");
  if (declared > maxBytes) return tooLarge(maxBytes);
  return null;
}

export function tooLarge(maxBytes: number): ApiFailure {
  return { status: 413, code: "payload_too_large", values: { limit: maxBytes } };
}

/** Parses body text as JSON and checks it against the schema. */
export function parseJsonBody<Schema extends z.ZodType>(text: string, schema: Schema): ParsedBody<z.infer<Schema>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, failure: { status: 400, code: "invalid_json" } };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, 5)
      .map((issue) => (issue.path.length > 0 ? issue.path.join(".") : "(body)"))
      .join(", ");
    return { ok: false, failure: { status: 400, code: "invalid_body", values: { details } } };
  }
  return { ok: true, data: parsed.data };
}

export async function readJson<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  maxBytes = DEFAULT_MAX_BODY_BYTES,
): Promise<ReadJsonResult<z.infer<Schema>>> {
  const refused = jsonHeadersFailure(request.headers, maxBytes);
  if (refused) return { ok: false, response: failureResponse(request, refused) };
  const text = await readLimited(request, maxBytes);
  if (text === null) return { ok: false, response: failureResponse(request, tooLarge(maxBytes)) };
  const parsed = parseJsonBody(text, schema);
  return parsed.ok ? parsed : { ok: false, response: failureResponse(request, parsed.failure) };
}

/** Reads the body as text, giving up (null) as soon as it passes `maxBytes`. */
async function readLimited(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

/** What every write with a body checks first: a same-site request (see same-origin.ts), then the body against `schema`. */
export async function readWrite<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  maxBytes = DEFAULT_MAX_BODY_BYTES,
): Promise<ReadJsonResult<z.infer<Schema>>> {
  const rejected = rejectCrossSite(request);
  if (rejected) return { ok: false, response: rejected };
  return readJson(request, schema, maxBytes);
}
