import Link from "next/link";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { NAV_ITEMS, isReady } from "./nav-items";
import { LanguageSwitch } from "./language-switch";
import { MenuToggle } from "./menu-toggle";

export async function SiteHeader() {
  const t = await getTranslations("nav");
  return (
    <header className="site-header">
      <div className="container header-row">
        {/* The link's name starts with what it shows ("Tabiji"), as axe's label-content-name-mismatch asks. */}
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true">旅路</span>
          <span className="brand-name">Tabiji</span>
          <span className="visually-hidden"> {t("home")}</span>
        </Link>
        <MenuToggle controls="main-nav" label={t("menu")} />
        <nav aria-label={t("label")} className="main-nav" id="main-nav">
          <ul>
            {NAV_ITEMS.filter((item) => isReady(item.href)).map((item) => (
              <li key={item.key}>
                <Link href={item.href}>{t(item.key)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <Suspense fallback={null}>
          <LanguageSwitch />
        </Suspense>
      </div>
    </header>
  );
}
