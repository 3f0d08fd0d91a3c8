// next-intl request configuration: the locale was resolved by proxy.ts (query, cookie,
// Accept-Language) and handed over in a request header; fall back to resolving here.
import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { isLocale, LOCALE_COOKIE, LOCALE_HEADER, resolveLocale } from "@/lib/i18n/locale";
import { loadMessages } from "@/lib/i18n/messages";

export default getRequestConfig(async () => {
  const h = await headers();
  const fromProxy = h.get(LOCALE_HEADER);
  const locale = isLocale(fromProxy)
    ? fromProxy
    : resolveLocale({ cookie: (await cookies()).get(LOCALE_COOKIE)?.value, acceptLanguage: h.get("accept-language") });
  return { locale, messages: loadMessages(locale), timeZone: "Asia/Tokyo" };
});
