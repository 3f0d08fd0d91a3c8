import "server-only";
// The GET handler of every /embed/<calculator>: loads the calculator's first answer on
// the server (the same loader as the full page), and answers a small HTML page that
// hands it to the island (mount.tsx). proxy.ts has already resolved the language and
// the theme and set the CSP nonce; nothing here sets a cookie.
import { createTranslator } from "use-intl/core";
import { LOCALE_HEADER, THEME_HEADER, isLocale, type Locale } from "@/lib/i18n/locale";
import { loadMessages } from "@/lib/i18n/messages";
import { queryString, type SearchParams } from "@/app/embed/search-params";
import { isDatabaseUnavailable } from "@/lib/api/handler";
import { fullSiteHref } from "@/app/_components/embed/full-site-href";
import { embedHtml } from "./html";
import { islandEntry } from "./manifest";
import type { IslandData } from "./data";
import type { DataAsOf } from "@/lib/calculators/data-age";
import { staleAfterMonths } from "@/lib/db/queries/data-age";

export const EMBED_TIME_ZONE = "Asia/Tokyo";

export type IslandContext = { locale: Locale; query: SearchParams };

function searchParamsOf(url: URL): SearchParams {
  const out: SearchParams = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}

export function islandRoute<P>(opts: {
  island: string;
  namespace: string;
  titleKey?: string;
  fullPath: string;
  load: (ctx: IslandContext) => Promise<P> | P;
  /** How old the stored data behind the first answer is (shown as on the full page). */
  dataAge?: (ctx: IslandContext, props: P) => Promise<DataAsOf | null>;
  /** The query for "Open in Tabiji", when the calculator rewrites its inputs. */
  fullSearch?: (ctx: IslandContext, props: P) => string;
}) {
  return async function GET(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const fromProxy = request.headers.get(LOCALE_HEADER);
    const locale: Locale = isLocale(fromProxy) ? fromProxy : "ja";
    const themeHeader = request.headers.get(THEME_HEADER);
    const theme = themeHeader === "light" || themeHeader === "dark" ? themeHeader : null;
    const all = loadMessages(locale);
    // The catalogues are loaded at run time (not typed), so keys are plain strings here.
    const t = createTranslator({ locale, messages: all }) as unknown as (key: string) => string;
    const ctx: IslandContext = { locale, query: searchParamsOf(url) };
    const title = t(`${opts.namespace}.${opts.titleKey ?? "title"}`);
    const headers = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" };
    let props: P;
    let dataAge: IslandData<P>["dataAge"];
    try {
      props = await opts.load(ctx);
      if (opts.dataAge) dataAge = { asOf: await opts.dataAge(ctx, props), months: staleAfterMonths() };
    } catch (err) {
      if (!isDatabaseUnavailable(err)) throw err;
      const body = `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><title>${t("embed.unavailable")}</title></head><body><p role="alert">${t("embed.unavailable")}</p></body></html>`;
      return new Response(body, { status: 503, headers: { ...headers, "Retry-After": "5" } });
    }
    const entry = islandEntry(opts.island);
    const fullSearch = opts.fullSearch ? opts.fullSearch(ctx, props) : queryString(ctx.query);
    const data: IslandData<P> = {
      locale,
      timeZone: EMBED_TIME_ZONE,
      messages: Object.fromEntries(entry.namespaces.filter((ns) => ns in all).map((ns) => [ns, all[ns]])),
      fullPath: opts.fullPath,
      fullSearch,
      props,
      ...(dataAge ? { dataAge } : {}),
    };
    const href = fullSiteHref(opts.fullPath, fullSearch);
    const html = embedHtml({
      lang: locale,
      theme,
      title,
      nonce: request.headers.get("x-nonce") ?? "",
      js: entry.js,
      css: entry.css,
      loading: t("embed.loading"),
      noscript: { text: t("embed.noscript"), href, link: t("embed.open") },
      data,
    });
    return new Response(html, { headers });
  };
}
