// The admin API's HTTP edge: session cookie in and out, same-origin check for every
// state-changing request, JSON bodies with a size limit, and the rule that a request
// without a valid session gets 401 and nothing else. Route handlers stay thin.
import "server-only";
import type { z } from "zod";
import { json, internalError, serviceUnavailable } from "@/lib/api/errors";
import { isDatabaseUnavailable } from "@/lib/api/handler";
import { isJsonContentType, readLimited } from "@/lib/api/body";
import { clientId } from "@/lib/api/rate-limit";
import { isUnauthorized, requireAdmin, type AdminAuth } from "./authorize";
import { defaultDeps } from "./deps";
import { ADMIN_MAX_BODY_BYTES, SECURE_SESSION_COOKIE, SESSION_COOKIE } from "./config";
import { issue, zodIssues, type AdminIssue } from "./issues";
import { crossOriginProblem, readCookie, wantsSecureCookieFor } from "./origin";

const NO_STORE = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex, nofollow" };

export const unauthorized = () => json({ error: "unauthorized" }, { status: 401, headers: NO_STORE });
export const forbidden = (message: string) => json({ error: "forbidden", message }, { status: 403, headers: NO_STORE });
export const adminInvalid = (issues: AdminIssue[], status = 400) =>
  json({ error: status === 409 ? "conflict" : status === 404 ? "not_found" : "invalid_request", issues }, { status, headers: NO_STORE });

const secure = (request: Request) => wantsSecureCookieFor(request.headers);
const cookieName = (request: Request) => (secure(request) ? SECURE_SESSION_COOKIE : SESSION_COOKIE);

export function authFromRequest(request: Request): AdminAuth {
  return { token: readCookie(request.headers.get("cookie"), cookieName(request)), ip: clientId(request) };
}

/** HttpOnly, SameSite=Lax; in production Secure and named __Host-…; a session cookie (the server enforces the timeouts). */
export function sessionCookie(request: Request, token: string): string {
  return `${cookieName(request)}=${token}; Path=/; HttpOnly; SameSite=Lax${secure(request) ? "; Secure" : ""}`;
}

export function clearedSessionCookie(request: Request): string {
  return `${cookieName(request)}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure(request) ? "; Secure" : ""}`;
}

type Handler<C> = (request: Request, auth: AdminAuth, context: C) => Promise<Response>;

/**
 * Every admin route handler: refuses cross-site state changes (403), answers 401 to a
 * request without a valid session before reading anything it sent (the data layer
 * checks again on every call), and never lets a response be cached or indexed. Only
 * sign-in passes `{ signedIn: false }`.
 */
export function adminRoute<C>(handler: Handler<C>, opts: { signedIn: boolean } = { signedIn: true }): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    let res: Response;
    try {
      const method = request.method.toUpperCase();
      const problem = method === "GET" || method === "HEAD" ? null : crossOriginProblem(request.headers, request.url);
      const auth = authFromRequest(request);
      if (problem) res = forbidden(problem);
      else {
        if (opts.signedIn) await requireAdmin(auth, defaultDeps());
        res = await handler(request, auth, context);
      }
    } catch (err) {
      if (isUnauthorized(err)) res = unauthorized();
      else if (isDatabaseUnavailable(err)) res = serviceUnavailable("The database cannot be reached right now. Please try again in a moment.");
      else res = internalError(err);
    }
    for (const [k, v] of Object.entries(NO_STORE)) res.headers.set(k, v);
    return res;
  };
}

type Body<T> = { ok: true; data: T } | { ok: false; response: Response };

/** A JSON body of at most ADMIN_MAX_BODY_BYTES (413 beyond), validated when a schema is given. */
export async function readAdminJson<S extends z.ZodType>(request: Request, schema: S): Promise<Body<z.infer<S>>>;
export async function readAdminJson(request: Request): Promise<Body<unknown>>;
export async function readAdminJson(request: Request, schema?: z.ZodType): Promise<Body<unknown>> {
  // Only JSON: a cross-site HTML form cannot send it without a CORS preflight we never answer.
  if (!isJsonContentType(request.headers.get("content-type"))) return { ok: false, response: json({ error: "unsupported_media_type", issues: [issue("", "bodyNotJsonType")] }, { status: 415 }) };
  if (Number(request.headers.get("content-length") ?? "0") > ADMIN_MAX_BODY_BYTES) return { ok: false, response: tooLarge() };
  const text = await readLimited(request, ADMIN_MAX_BODY_BYTES);
  if (text === null) return { ok: false, response: tooLarge() };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, response: adminInvalid([issue("", "bodyNotJson")]) };
  }
  if (!schema) return { ok: true, data: raw };
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: adminInvalid(zodIssues(parsed.error)) };
}

const tooLarge = () => json({ error: "payload_too_large", issues: [issue("", "bodyTooLarge", { kb: ADMIN_MAX_BODY_BYTES / 1024 })] }, { status: 413 });

