// Cross-site request forgery guard for the admin API's state-changing requests: a
// browser always says where a request comes from (Origin, or Sec-Fetch-Site), and a
// form on another site cannot hide it. Pure, so it is unit tested.
export function crossOriginProblem(headers: Headers): string | null {
  const host = headers.get("host") ?? headers.get("x-forwarded-host");
  const origin = headers.get("origin");
  if (origin !== null) {
    if (origin === "null") return "The request comes from an opaque origin.";
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      return "The Origin header is not a URL.";
    }
    return host && originHost === host ? null : "The request comes from another site.";
  }
  // No Origin: a browser still sends Sec-Fetch-Site; non-browser clients send neither.
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin") return "The request does not come from this site.";
  return null;
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
