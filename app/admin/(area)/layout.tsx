// Every signed-in admin page: checks the session (404 without one, so the area does not
// show itself) and puts the admin navigation on top. Each page checks again through the
// data layer: a layout alone is not an authorization boundary.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentAdmin } from "@/lib/admin/me";
import { orNotFound } from "@/lib/admin/page-auth";
import { SignOutButton } from "../_components/sign-out-button";
import styles from "../admin.module.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const me = await orNotFound((auth) => currentAdmin(auth));
  const t = await getTranslations("admin.nav");
  return (
    <div className={styles.area}>
      <div className={styles.bar}>
        <nav aria-label={t("label")}>
          <ul className={styles.navList}>
            <li><Link href="/admin">{t("dashboard")}</Link></li>
            <li><Link href="/admin/charts">{t("charts")}</Link></li>
            <li><Link href="/admin/tables">{t("tables")}</Link></li>
            <li><Link href="/admin/data-health">{t("dataHealth")}</Link></li>
            <li><Link href="/admin/audit">{t("audit")}</Link></li>
          </ul>
        </nav>
        <span className="muted">{t("signedInAs", { email: me.email })}</span>
        <SignOutButton />
      </div>
      {children}
    </div>
  );
}
