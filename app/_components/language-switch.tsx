"use client";
// A plain link to the same page with ?lang= set: works without JavaScript, keeps the
// page's other query parameters, and the proxy stores the choice in a cookie.
import { usePathname, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";

export function LanguageSwitch() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const pathname = usePathname();
  const params = useSearchParams();
  const next = locale === "ja" ? "en" : "ja";
  const query = new URLSearchParams(params.toString());
  query.set("lang", next);
  return (
    <a className="lang-switch" href={`${pathname}?${query.toString()}`} hrefLang={next} lang={next} aria-label={t("switchToLabel")}>
      {t("switchTo")}
    </a>
  );
}
