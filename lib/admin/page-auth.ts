// Pages of the admin area: the session cookie from the request, and "not signed in"
// answered with the ordinary 404 page, so the area does not reveal itself.
import "server-only";
import { cookies, headers } from "next/headers";
import { notFound } from "next/navigation";
import { isUnauthorized, type AdminAuth } from "./authorize";
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from "./config";
import { wantsSecureCookieFor } from "./origin";

export async function pageAuth(): Promise<AdminAuth> {
  const [c, h] = await Promise.all([cookies(), headers()]);
  const ip = h.get("x-tabiji-client") ?? (h.get("x-forwarded-for") ?? "local").split(",")[0].trim().slice(0, 64);
  // The cookie's name as sign-in set it (lib/admin/http.ts): __Host- where it is Secure.
  const name = wantsSecureCookieFor(h) ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
  return { token: c.get(name)?.value ?? null, ip };
}

/** Runs a data-layer call for a page; without a valid session the page is a 404. */
export async function orNotFound<T>(call: (auth: AdminAuth) => Promise<T>): Promise<T> {
  const auth = await pageAuth();
  try {
    return await call(auth);
  } catch (err) {
    if (isUnauthorized(err)) notFound();
    throw err;
  }
}
