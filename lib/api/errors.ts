// The API's error shape (shared/reference/api.md "Errors"), one place for all handlers.
import * as z from "zod";

export type ApiIssue = { path: string; message: string };

export const ZApiIssue = z.object({ path: z.string(), message: z.string() });
export const ZInvalidRequest = z.object({ error: z.literal("invalid_request"), issues: z.array(ZApiIssue) });
export const ZNotFound = z.object({ error: z.literal("not_found") });

const JSON_HEADERS = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" };

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  for (const [k, v] of Object.entries(JSON_HEADERS)) if (!headers.has(k)) headers.set(k, v);
  return new Response(JSON.stringify(body), { ...init, headers });
}

export function issuesFromZod(error: z.ZodError): ApiIssue[] {
  return error.issues.slice(0, 100).map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

export function invalidRequest(issues: ApiIssue[], init: ResponseInit = {}): Response {
  return json({ error: "invalid_request", issues }, { ...init, status: 400 });
}

export function notFound(init: ResponseInit = {}): Response {
  return json({ error: "not_found" }, { ...init, status: 404 });
}

export function payloadTooLarge(): Response {
  return json({ error: "payload_too_large", issues: [{ path: "", message: "The request body is larger than 64 KB." }] }, { status: 413 });
}

export function serviceUnavailable(message: string): Response {
  return json({ error: "unavailable", message }, { status: 503, headers: { "Retry-After": "5" } });
}

/** Unexpected failure: logged with an id, answered with the id and nothing internal. */
export function internalError(err: unknown): Response {
  const requestId = crypto.randomUUID();
  console.error(`[${requestId}]`, err);
  return json({ error: "internal", requestId }, { status: 500 });
}
