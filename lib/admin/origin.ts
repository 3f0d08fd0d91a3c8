// Cross-site request forgery guard for the admin API's state-changing requests: a
// browser always says where a request comes from (Origin, or Sec-Fetch-Site), and a
// form on another site cannot hide it. The Origin must match exactly: scheme, host and
// port. Pure, so it is unit tested.
export function crossOriginProblem(headers: Headers, requestUrl = "http://localhost/"): string | null {
  const host = headers.get("host") ?? headers.get("x-forwarded-host");
  const origin = headers.get("origin");
  if (origin !== null) {
    if (origin === "null") return "The request comes from an opaque origin.";
    let from: string;
    try {
      from = new URL(origin).origin;
    } catch {
      return "The Origin header is not a URL.";
    }
    return host && from === ownOrigin(headers, host, requestUrl) ? null : "The request comes from another site.";
  }
  // No Origin: a browser still sends Sec-Fetch-Site; non-browser clients send neither.
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin") return "The request does not come from this site.";
  return null;
}

/**
 * This site's origin as the browser sees it: scheme, host and port. The scheme comes
 * from X-Forwarded-Proto, which scripts/server.mjs always sets (from the socket, or from
 * the reverse proxy with TABIJI_TRUST_PROXY=1), else from the request URL.
 */
function ownOrigin(headers: Headers, host: string, requestUrl: string): string | null {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0].trim().toLowerCase();
  const scheme = forwarded === "https" || forwarded === "http" ? forwarded : new URL(requestUrl).protocol.replace(":", "");
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return null;
  }
}

/**
 * Does this request get a Secure session cookie (named with __Host-)? In production,
 * except plain HTTP on a loopback address (local runs and tests); elsewhere TLS is
 * assumed to end at a proxy in front.
 */
export function wantsSecureCookie(url: string, nodeEnv = process.env.NODE_ENV): boolean {
  return nodeEnv === "production" && !isLoopbackHttp(url);
}

/**
 * The same decision for a request, from what the browser addressed: its Host header and
 * the scheme scripts/server.mjs recorded in x-forwarded-proto (never the address the
 * server is bound to: Next builds request.url from that, e.g. http://0.0.0.0:3000, which
 * would make a local run's cookie Secure under one name and read it under another).
 */
export function wantsSecureCookieFor(headers: Pick<Headers, "get">, nodeEnv = process.env.NODE_ENV): boolean {
  const scheme = headers.get("x-forwarded-proto")?.split(",")[0].trim().toLowerCase() === "https" ? "https" : "http";
  let host = headers.get("host") ?? "localhost";
  try {
    host = new URL(`http://${host}`).host;
  } catch {
    return nodeEnv === "production";
  }
  return wantsSecureCookie(`${scheme}://${host}/`, nodeEnv);
}

/** Plain HTTP on a loopback address: the only place a production cookie may lack Secure (local runs and tests). */
export function isLoopbackHttp(url: string): boolean {
  const u = new URL(url);
  return u.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(u.hostname);
}

/** Value of one cookie from a Cookie header. */
export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
