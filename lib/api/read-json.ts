import type { NextResponse } from "next/server";
import type { z } from "zod";
import { apiError, type ApiErrorBody } from "./errors";

// The one door request bodies come through: JSON content type, a size cap (checked on
// the declared length and again on the bytes read), a parse, then a zod schema.
// Failures become 4xx answers before anything is stored.
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;

export type ReadJsonResult<T> = { ok: true; data: T } | { ok: false; response: NextResponse<ApiErrorBody> };

export async function readJson<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  maxBytes = DEFAULT_MAX_BODY_BYTES,
): Promise<ReadJsonResult<z.infer<Schema>>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType.trim())) {
    return { ok: false, response: apiError(request, 415, "unsupported_media_type") };
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, response: apiError(request, 413, "payload_too_large", { limit: maxBytes }) };
  const text = await readLimited(request, maxBytes);
  if (text === null) return { ok: false, response: apiError(request, 413, "payload_too_large", { limit: maxBytes }) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, response: apiError(request, 400, "invalid_json") };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, 5)
      .map((issue) => (issue.path.length > 0 ? issue.path.join(".") : "(body)"))
      .join(", ");
    return { ok: false, response: apiError(request, 400, "invalid_body", { details }) };
  }
  return { ok: true, data: parsed.data };
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
