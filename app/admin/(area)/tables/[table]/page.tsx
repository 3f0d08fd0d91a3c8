// /admin/tables/{table}: what the table's CSV holds, its download, and the import.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listTables } from "@/lib/admin/tables/service";
import { orNotFound } from "@/lib/admin/page-auth";
import { TableImport } from "../../../_components/table-import";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ table: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("admin.tables");
  const name = (await params).table;
  return { title: t.has(`names.${name}`) ? t(`names.${name}`) : t("title") };
}

export default async function TablePage({ params }: Props) {
  const name = (await params).table;
  const table = (await orNotFound((auth) => listTables(auth))).find((x) => x.name === name);
  if (!table) notFound();
  const t = await getTranslations("admin.tables");
  return (
    <>
      <p><Link href="/admin/tables">{t("back")}</Link></p>
      <h1>{t(`names.${table.name}`)}</h1>
      <p className="lead">{table.versioned ? t("versionedLead") : t("correctedLead")}</p>
      <p>
        {t("count", { count: table.count })} · <a href={`/api/admin/tables/${table.name}/csv`} download>{t("download")}</a>
      </p>
      <p className="muted">{t("key", { columns: table.keyColumns.join(" + ") })}</p>
      <p><Link href={`/admin/audit?entity=${table.entity}`}>{t("history")}</Link></p>
      <h2>{t("importHeading")}</h2>
      <TableImport table={table.name} columns={table.columns} />
    </>
  );
}
