// /admin/tables: the tables kept as CSV, each with its row count, a download and an import.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listTables } from "@/lib/admin/tables/service";
import { orNotFound } from "@/lib/admin/page-auth";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.tables");
  return { title: t("title") };
}

export default async function TablesPage() {
  const tables = await orNotFound((auth) => listTables(auth));
  const t = await getTranslations("admin.tables");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("table")}</th>
              <th scope="col">{t("kind")}</th>
              <th scope="col" className="num">{t("rows")}</th>
              <th scope="col">{t("csv")}</th>
            </tr>
          </thead>
          <tbody>
            {tables.map((table) => (
              <tr key={table.name}>
                <td>
                  <Link href={`/admin/tables/${table.name}`}>{t(`names.${table.name}`)}</Link>
                  <br />
                  <code className="muted">{table.entity}</code>
                </td>
                <td>{table.versioned ? t("versioned") : t("corrected")}</td>
                <td className="num">{table.count}</td>
                <td>
                  <a href={`/api/admin/tables/${table.name}/csv`} download>{t("download")}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
