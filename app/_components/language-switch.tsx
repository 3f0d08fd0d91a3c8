"use client";
// A plain link to the same page with ?lang= set: works without JavaScript, keeps the
// page's other query parameters, and the proxy stores the choice in a cookie. Its name is
// the language's own name as shown ("日本語", lang="ja"); the explanation is a tooltip,
// so the spoken name matches the visible one (axe: label-content-name-mismatch).
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
    <a className="lang-switch" href={`${pathname}?${query.toString()}`} hrefLang={next} lang={next} title={t("switchToLabel")}>
      {t("switchTo")}
    </a>
  );
}
