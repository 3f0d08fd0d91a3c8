// /admin/charts: every award chart, the version in force today and how many versions it has.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { listCharts } from "@/lib/admin/charts/read";
import { orNotFound } from "@/lib/admin/page-auth";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.charts");
  return { title: t("title") };
}

export default async function ChartsPage() {
  const charts = await orNotFound((auth) => listCharts(auth));
  const t = await getTranslations("admin.charts");
  const ja = (await getLocale()) === "ja";
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("chart")}</th>
              <th scope="col">{t("program")}</th>
              <th scope="col">{t("inForce")}</th>
              <th scope="col">{t("latest")}</th>
              <th scope="col" className="num">{t("versions")}</th>
            </tr>
          </thead>
          <tbody>
            {charts.map((c) => {
              const latest = c.versions.find((v) => v.status === "published");
              return (
                <tr key={c.key}>
                  <td>
                    <Link href={`/admin/charts/${encodeURIComponent(c.key)}`}>{ja && c.nameJa ? c.nameJa : c.name}</Link>
                    <br />
                    <code className="muted">{c.key}</code>
                  </td>
                  <td>{c.program} · {c.award}{c.variant === "default" ? "" : ` · ${c.variant}`}</td>
                  <td>{c.inForce ? t("span", { from: c.inForce.effectiveFrom, to: c.inForce.effectiveTo ?? "…" }) : <span className="warn">{t("noneInForce")}</span>}</td>
                  <td>{latest ? t("span", { from: latest.effectiveFrom, to: latest.effectiveTo ?? "…" }) : "—"}</td>
                  <td className="num">{c.versions.length}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
