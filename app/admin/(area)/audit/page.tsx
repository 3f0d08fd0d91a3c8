// /admin/audit: every admin action, newest first, 50 a page.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listAudit } from "@/lib/admin/audit-read";
import { orNotFound } from "@/lib/admin/page-auth";
import { AuditTable } from "../../_components/audit-table";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.audit");
  return { title: t("title") };
}

export default async function AuditPage({ searchParams }: Props) {
  const params = await searchParams;
  const raw = params.page;
  const requested = typeof raw === "string" && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  // One kind of record only (e.g. ?entity=Campaign from a table's page).
  const entity = typeof params.entity === "string" && /^[A-Za-z]{1,40}$/.test(params.entity) ? params.entity : undefined;
  const audit = await orNotFound((auth) => listAudit(auth, { page: requested, entity }));
  const more = entity ? `&entity=${entity}` : "";
  const t = await getTranslations("admin.audit");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {entity ? <p>{t("only", { entity })} <Link href="/admin/audit">{t("all")}</Link></p> : null}
      <p role="status">{t("count", { total: audit.total, page: audit.page, pages: audit.pages })}</p>
      {audit.entries.length ? <AuditTable entries={audit.entries} /> : <p className="muted">{t("empty")}</p>}
      <nav aria-label={t("pagination")}>
        <p>
          {audit.page > 1 ? <Link href={`/admin/audit?page=${audit.page - 1}${more}`}>{t("newer")}</Link> : null}
          {audit.page > 1 && audit.page < audit.pages ? " · " : null}
          {audit.page < audit.pages ? <Link href={`/admin/audit?page=${audit.page + 1}${more}`}>{t("older")}</Link> : null}
        </p>
      </nav>
    </>
  );
}
