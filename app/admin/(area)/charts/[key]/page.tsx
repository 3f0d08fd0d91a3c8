// /admin/charts/{key}: one award chart's versions (with their source and confidence, a
// CSV download of each), the latest publish's rollback, and the editor for a new version.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Provenance } from "@/app/_components/provenance";
import { exportChartVersion, getChart } from "@/lib/admin/charts/read";
import { planRollback } from "@/lib/admin/charts/plan";
import { orNotFound } from "@/lib/admin/page-auth";
import { ZChartKey } from "@/lib/admin/schemas";
import { ChartEditor } from "../../../_components/chart-editor";
import { RollbackPanel } from "../../../_components/rollback-panel";
import styles from "../../../admin.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("admin.chart");
  return { title: t("metaTitle", { key: decodeURIComponent((await params).key).slice(0, 100) }) };
}

export default async function ChartPage({ params }: Props) {
  const parsed = ZChartKey.safeParse(decodeURIComponent((await params).key));
  const { chart, csv } = await orNotFound(async (auth) => {
    if (!parsed.success) return { chart: null, csv: "" };
    const found = await getChart(auth, parsed.data);
    const current = found?.inForce ?? found?.versions.find((v) => v.status === "published");
    const file = found && current ? await exportChartVersion(auth, found.key, current.id) : null;
    return { chart: found, csv: file?.csv ?? "" };
  });
  if (!chart) notFound();
  const t = await getTranslations("admin.chart");
  const ja = (await getLocale()) === "ja";
  const published = chart.versions.filter((v) => v.status === "published");
  const plan = planRollback(published);

  return (
    <>
      <p><Link href="/admin/charts">{t("back")}</Link></p>
      <h1>{ja && chart.nameJa ? chart.nameJa : chart.name}</h1>
      <p className="lead">
        <code>{chart.key}</code> · {chart.program} · {chart.award}{chart.variant === "default" ? "" : ` · ${chart.variant}`} · {t(chart.basis === "segment" ? "basisSegment" : "basisTotal")}
      </p>

      <h2>{t("versions")}</h2>
      <div className="table-wrap" tabIndex={0}>
        <table data-testid="chart-versions">
          <thead>
            <tr>
              <th scope="col" className="num">{t("id")}</th>
              <th scope="col">{t("span")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("provenance")}</th>
              <th scope="col" className="num">{t("rows")}</th>
              <th scope="col">{t("csv")}</th>
            </tr>
          </thead>
          <tbody>
            {chart.versions.map((v) => (
              <tr key={v.id} className={v.status === "retired" ? styles.retired : undefined}>
                <td className="num">{v.id}</td>
                <td className={styles.nowrap}>{t("spanValue", { from: v.effectiveFrom, to: v.effectiveTo ?? "…" })}</td>
                <td>{v.status === "retired" ? t("retired") : chart.inForce?.id === v.id ? <strong className="ok">{t("inForce")}</strong> : t("published")}</td>
                <td>
                  <Provenance source={v.source} confidence={v.confidence} />
                  {v.notes ? <details><summary>{t("notes")}</summary><p className={styles.notes}>{v.notes}</p></details> : null}
                </td>
                <td className="num">{v.rowCount}</td>
                <td>
                  <a href={`/api/admin/charts/${encodeURIComponent(chart.key)}/versions/${v.id}/csv`} download>{t("download")}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t("rollbackHeading")}</h2>
      {plan.ok ? (
        <RollbackPanel
          chartKey={chart.key}
          versionId={plan.target.id}
          summary={t("rollbackSummary", { id: plan.target.id, from: plan.target.effectiveFrom, restored: plan.restored.id, restoredFrom: plan.restored.effectiveFrom, restoredTo: plan.restored.newEffectiveTo ?? "…" })}
        />
      ) : (
        <p className="muted">{t("noRollback")}</p>
      )}

      <h2>{t("newVersion")}</h2>
      <p>{t("newVersionLead")}</p>
      <ChartEditor chartKey={chart.key} initialCsv={csv} />
    </>
  );
}
