"use client";
// What a new chart version changes: added, removed and re-priced bands.
import { useTranslations } from "next-intl";
import type { ChartPreview } from "@/lib/admin/charts/write";
import styles from "../admin.module.css";
import { useProblemText } from "./problem-text";

export function ChartDiffView({ preview }: { preview: ChartPreview }) {
  const t = useTranslations("admin.diff");
  const text = useProblemText();
  const { diff } = preview;
  const rows = [
    ...diff.changed.map((c) => ({ kind: "changed" as const, c })),
    ...diff.added.map((c) => ({ kind: "added" as const, c })),
    ...diff.removed.map((c) => ({ kind: "removed" as const, c })),
  ];
  return (
    <section aria-labelledby="diff-heading" data-testid="chart-diff">
      <h3 id="diff-heading">{t("heading")}</h3>
      <p>
        {preview.base ? t("against", { id: preview.base.id, from: preview.base.effectiveFrom, to: preview.base.effectiveTo ?? "…" }) : t("noBase")}{" "}
        {t("summary", { changed: diff.changed.length, added: diff.added.length, removed: diff.removed.length, unchanged: diff.unchanged })}
      </p>
      <p>
        {t("span", { from: preview.effectiveFrom, to: preview.effectiveTo ?? "…" })}
        {preview.closes ? <> {t("closes", { id: preview.closes.id, to: preview.closes.newEffectiveTo })}</> : null}
      </p>
      {preview.warnings.map((w) => (
        <p key={w.code} className="warn">{text(w)}</p>
      ))}
      {rows.length ? (
        <div className="table-wrap" tabIndex={0}>
          <table className={styles.compact}>
            <thead>
              <tr>
                <th scope="col">{t("change")}</th>
                <th scope="col">{t("band")}</th>
                <th scope="col">{t("cabin")}</th>
                <th scope="col">{t("season")}</th>
                <th scope="col">{t("region")}</th>
                <th scope="col" className="num">{t("before")}</th>
                <th scope="col" className="num">{t("after")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ kind, c }, i) => (
                <tr key={i}>
                  <td className={kind === "removed" ? "bad" : kind === "added" ? "ok" : "warn"}>{t(kind)}</td>
                  <td>{c.band}</td>
                  <td>{c.cabin}</td>
                  <td>{c.season}</td>
                  <td>{c.region ?? "—"}</td>
                  <td className="num">{c.before ? c.before.price.toLocaleString("en-US") : "—"}</td>
                  <td className="num">{c.after ? c.after.price.toLocaleString("en-US") : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t("noChanges")}</p>
      )}
    </section>
  );
}
