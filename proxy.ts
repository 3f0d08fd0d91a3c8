// Runs before every page: resolves the language (?lang= > cookie > Accept-Language),
// keeps a chosen language in a cookie (never on /embed/**, which sets no cookies),
// sets a per-request CSP nonce and frame rules, and answers 503 with a localized message
// when the database cannot be reached (lib/db/availability.ts says why here).
import { NextResponse, type NextRequest } from "next/server";
import { EMBED_HEADER, LOCALE_COOKIE, LOCALE_HEADER, THEME_HEADER, isLocale, resolveLocale } from "@/lib/i18n/locale";
import { contentSecurityPolicy, isEmbedPath } from "@/lib/security/headers";
import { unavailablePage } from "@/lib/security/unavailable-page";
import { databaseReachable } from "@/lib/db/availability";

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const embed = isEmbedPath(pathname);
  const query = searchParams.get("lang");
  const cookie = embed ? undefined : request.cookies.get(LOCALE_COOKIE)?.value;
  const locale = resolveLocale({ query, cookie, acceptLanguage: request.headers.get("accept-language") });

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy({ nonce, embed, dev: process.env.NODE_ENV === "development" });

  if (!(await databaseReachable({ readsDatabase: pathname === "/admin" || pathname.startsWith("/admin/") }))) return unavailablePage(locale, csp);

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(LOCALE_HEADER, locale);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // Only the proxy decides these (a client cannot ask for the embed chrome on other pages).
  requestHeaders.delete(EMBED_HEADER);
  requestHeaders.delete(THEME_HEADER);
  if (embed) {
    requestHeaders.set(EMBED_HEADER, "1");
    const theme = searchParams.get("theme");
    if (theme === "light" || theme === "dark") requestHeaders.set(THEME_HEADER, theme);
  }

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (!embed && isLocale(query) && query !== cookie) {
    response.cookies.set(LOCALE_COOKIE, query, {
      path: "/",
      sameSite: "lax",
      httpOnly: true,
      secure: process.env.NODE_ENV === "production" && request.nextUrl.protocol === "https:",
      maxAge: 60 * 60 * 24 * 365,
    });
  }
  return response;
}

// Prefetches too: every HTML (and RSC) response gets the CSP and frame rules, and a
// client-sent x-nonce or x-tabiji-* never reaches a page (the server strips them as well).
export const config = {
  matcher: ["/((?!api|_next/static|_next/image|islands/|embed\.js|icon\.svg|favicon.ico|robots.txt).*)"],
};
