// Reads a JSON request body with a hard size limit (64 KB, engineering guide §3) and
// validates it with a zod schema; only `Content-Type: application/json` is read (415
// otherwise). Returns either the parsed value or the Response to send.
import type { z } from "zod";
import { invalidRequest, issuesFromZod, json, payloadTooLarge } from "./errors";

export const MAX_BODY_BYTES = 64 * 1024;

type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/**
 * Exactly `application/json`, optionally with parameters (`; charset=utf-8`). Not
 * `application/json-patch+json`, `text/plain` or nothing: a cross-site form or a
 * "simple" request cannot send this type without a CORS preflight.
 */
export function isJsonContentType(value: string | null): boolean {
  return value !== null && /^\s*application\/json\s*(;|$)/i.test(value);
}

export function unsupportedMediaType(): Response {
  return json(
    { error: "unsupported_media_type", issues: [{ path: "", message: "Send the body as JSON with Content-Type: application/json." }] },
    { status: 415, headers: { Accept: "application/json" } },
  );
}

/** The body as text, or null when it is (or declares itself) larger than `maxBytes`. */
export async function readLimited(request: Request, maxBytes = MAX_BODY_BYTES): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<Parsed<z.infer<S>>> {
  if (!isJsonContentType(request.headers.get("content-type"))) return { ok: false, response: unsupportedMediaType() };
  const text = await readLimited(request);
  if (text === null) return { ok: false, response: payloadTooLarge() };
  let raw: unknown;
  try {
    raw = text.trim() === "" ? undefined : JSON.parse(text);
  } catch {
    return { ok: false, response: invalidRequest([{ path: "", message: "The body is not valid JSON." }]) };
  }
  if (raw === undefined) return { ok: false, response: invalidRequest([{ path: "", message: "A JSON body is required." }]) };
  const result = schema.safeParse(raw);
  if (!result.success) return { ok: false, response: invalidRequest(issuesFromZod(result.error)) };
  return { ok: true, data: result.data };
}

/** Validates URL search parameters (first value of each key) with a zod object schema. */
export function parseSearchParams<S extends z.ZodType>(url: string | URL, schema: S): Parsed<z.infer<S>> {
  const params = new URL(url).searchParams;
  const raw: Record<string, string> = {};
  for (const [key, value] of params) if (!(key in raw)) raw[key] = value;
  const result = schema.safeParse(raw);
  if (!result.success) return { ok: false, response: invalidRequest(issuesFromZod(result.error)) };
  return { ok: true, data: result.data };
}
