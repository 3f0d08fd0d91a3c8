"use client";
// The small link at the bottom of every embed: the same calculator with the same
// inputs, on the full site, in a new tab. Calculators keep their inputs in the URL, so
// the link is rebuilt from the embed's current address when it is used (the embed's
// own parent/theme parameters are dropped; the language is kept).
import { useTranslations } from "next-intl";
import { fullSiteHref } from "./full-site-href";

export function OpenInTabiji({ path, initialSearch = "" }: { path: string; initialSearch?: string }) {
  const t = useTranslations("embed");
  const refresh = (a: HTMLAnchorElement) => (a.href = fullSiteHref(path, window.location.search));
  return (
    <a
      className="embed-open"
      href={fullSiteHref(path, initialSearch)}
      target="_blank"
      rel="noopener"
      data-testid="open-in-tabiji"
      onMouseDown={(e) => refresh(e.currentTarget)}
      onFocus={(e) => refresh(e.currentTarget)}
    >
      {t("open")} ↗
    </a>
  );
}
