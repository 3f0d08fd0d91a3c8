// /admin: where to go, and the latest entries of the audit trail.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listAudit } from "@/lib/admin/audit-read";
import { orNotFound } from "@/lib/admin/page-auth";
import { AuditTable } from "../_components/audit-table";
import styles from "../admin.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.dashboard");
  return { title: t("title") };
}

export default async function AdminHome() {
  const audit = await orNotFound((auth) => listAudit(auth, { page: 1 }));
  const t = await getTranslations("admin.dashboard");
  const sections = [
    { href: "/admin/charts", title: t("charts"), body: t("chartsBody") },
    { href: "/admin/tables", title: t("tables"), body: t("tablesBody") },
    { href: "/admin/audit", title: t("audit"), body: t("auditBody") },
  ];
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <ul className="card-grid">
        {sections.map((s) => (
          <li key={s.href} className="card">
            <Link href={s.href}>
              <h2 className={styles.cardTitle}>{s.title}</h2>
              <p>{s.body}</p>
            </Link>
          </li>
        ))}
      </ul>
      <h2>{t("recent")}</h2>
      {audit.entries.length ? <AuditTable entries={audit.entries.slice(0, 8)} /> : <p className="muted">{t("noRecent")}</p>}
    </>
  );
}
