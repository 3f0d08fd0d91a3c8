// Wraps a route handler: unexpected errors become 500 { error: "internal", requestId }
// with nothing internal, an unreachable database becomes 503 with a clear message, and
// public GET responses get CORS and cache headers.
import { internalError, json, serviceUnavailable } from "./errors";
import { RateLimiter, clientId } from "./rate-limit";
import { env } from "../env";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

const UNAVAILABLE = "The database cannot be reached right now. Please try again in a moment.";

/** Errors that mean "the database is not there", as opposed to a bug. */
export function isDatabaseUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = err;
  while (e && typeof e === "object" && !seen.has(e)) {
    seen.add(e);
    const { name, code, message } = e as { name?: string; code?: string; message?: string };
    if (name === "PrismaClientInitializationError") return true;
    // Prisma's own codes: P1001 server unreachable, P1002 timed out, P1008 operation timed
    // out (SQLite's busy timeout when another process holds the file locked), P1017 the
    // server closed the connection.
    if (code && ["P1001", "P1002", "P1008", "P1017"].includes(code)) return true;
    if (code && ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "57P01", "57P03", "3D000", "SQLITE_CANTOPEN", "SQLITE_BUSY"].includes(code)) return true;
    if (message && /(ECONNREFUSED|Connection terminated|connect ETIMEDOUT|timeout exceeded when trying to connect|no such table|unable to open database|database is locked|Can't reach database)/i.test(message)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

export function withErrors<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (err) {
      if (isDatabaseUnavailable(err)) return serviceUnavailable(UNAVAILABLE);
      return internalError(err);
    }
  };
}

/** Public, cacheable GET: any origin may read it, nothing is sent with credentials. */
export function publicGet<C>(handler: Handler<C>, maxAgeSeconds = 300): Handler<C> {
  return withErrors(async (request, context) => {
    const res = await handler(request, context);
    res.headers.set("Access-Control-Allow-Origin", "*");
    res.headers.set("Vary", "Accept-Encoding");
    if (res.status === 200) res.headers.set("Cache-Control", `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${maxAgeSeconds * 2}`);
    return res;
  });
}

/** CORS preflight answer for public endpoints (JSON POST from another origin, no credentials). */
export function corsPreflight(methods: string): Response {
  return new Response(null, {
    status: 204,
    headers: {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": `${methods}, OPTIONS`,
      "Access-Control-Allow-Headers": "Content-Type",
      "Access-Control-Max-Age": "600",
    },
  });
}

let postLimiter: RateLimiter | undefined;
function limiter(): RateLimiter {
  postLimiter ??= new RateLimiter(env().TABIJI_RATE_LIMIT_PER_MINUTE, 60_000);
  return postLimiter;
}

export function tooManyRequests(retryAfterSeconds: number): Response {
  return json(
    { error: "rate_limited", message: `Too many requests. Try again in ${retryAfterSeconds} s.` },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds), "Access-Control-Allow-Origin": "*" } },
  );
}

/**
 * Public POST: rate limited per client, CORS for reading the answer from another origin,
 * never cached. Behind scripts/server.mjs (production) the server has counted the
 * request already, with every other request that computes (x-tabiji-limited, which
 * only the server can set); this limiter is for `next dev` and direct handler calls.
 */
export function publicPost<C>(handler: Handler<C>): Handler<C> {
  return withErrors(async (request, context) => {
    const counted = request.headers.get("x-tabiji-limited") === "1";
    const verdict = counted ? null : limiter().hit(clientId(request));
    if (verdict && !verdict.ok) return tooManyRequests(verdict.retryAfterSeconds);
    const res = await handler(request, context);
    res.headers.set("Access-Control-Allow-Origin", "*");
    if (verdict) res.headers.set("RateLimit-Remaining", String(verdict.remaining));
    return res;
  });
}
