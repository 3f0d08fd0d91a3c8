// /admin/data-health: stale rows, low-confidence rows, recorded conflicts and known gaps,
// each linked to its editor; stale rows can be marked re-verified (audited).
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/admin/page-auth";
import { dataHealth, type HealthRow } from "@/lib/admin/data-health";
import { MarkVerified } from "../../_components/mark-verified";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.dataHealth");
  return { title: t("title") };
}

const MAX_SHOWN = 200;

async function RowsTable({ rows, id, verify }: { rows: HealthRow[]; id: string; verify: boolean }) {
  const t = await getTranslations("admin.dataHealth");
  if (rows.length === 0) return <p className="muted">{t("none")}</p>;
  return (
    <div className="table-wrap">
      <table data-testid={id}>
        <thead>
          <tr>
            <th scope="col">{t("row")}</th>
            <th scope="col">{t("entity")}</th>
            <th scope="col">{t("verifiedOn")}</th>
            <th scope="col">{t("confidence")}</th>
            <th scope="col">{t("edit")}</th>
            {verify && <th scope="col">{t("action")}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_SHOWN).map((r) => (
            <tr key={`${r.entity}-${r.id}`} data-entity={r.entity} data-id={r.id}>
              <td>{r.label}</td>
              <td><code>{r.entity}</code></td>
              <td>{r.verifiedOn ?? t("never")}</td>
              <td>{r.confidence ?? "–"}</td>
              <td><Link href={r.editor}>{t("editLink")}</Link></td>
              {verify && <td><MarkVerified entity={r.entity} id={r.id} label={r.label} /></td>}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > MAX_SHOWN && <p className="muted">{t("more", { count: rows.length - MAX_SHOWN })}</p>}
    </div>
  );
}

export default async function DataHealthPage() {
  const health = await orNotFound((auth) => dataHealth(auth));
  const t = await getTranslations("admin.dataHealth");
  const locale = await getLocale();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead", { months: health.staleAfterMonths, today: health.today })}</p>
      <section aria-labelledby="stale-heading">
        <h2 id="stale-heading">{t("staleHeading", { count: health.stale.length })}</h2>
        <RowsTable rows={health.stale} id="health-stale" verify />
      </section>
      <section aria-labelledby="low-heading">
        <h2 id="low-heading">{t("lowHeading", { count: health.lowConfidence.length })}</h2>
        <RowsTable rows={health.lowConfidence} id="health-low" verify={false} />
      </section>
      <section aria-labelledby="conflict-heading">
        <h2 id="conflict-heading">{t("conflictHeading", { count: health.conflicts.length })}</h2>
        <RowsTable rows={health.conflicts} id="health-conflicts" verify={false} />
      </section>
      <section aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">{t("gapsHeading", { count: health.gaps.length })}</h2>
        <ul data-testid="health-gaps">
          {health.gaps.map((g, i) => (
            <li key={i}>
              {locale === "ja" ? g.ja : g.en} <Link href={`/admin/tables/${g.table}`}>{t("editLink")}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
