"use client";
// Importing a CSV into one table: check first (every problem, or what would be added
// and changed), then import exactly what was checked, all rows or none.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { postJson } from "@/lib/client/api";
import type { ShownIssue } from "./problem-text";
import type { ImportPreview } from "@/lib/admin/tables/service";
import { CsvInput } from "./csv-input";
import { IssueList } from "./issue-list";
import styles from "../admin.module.css";

type State =
  | { kind: "editing" }
  | { kind: "busy" }
  | { kind: "issues"; issues: ShownIssue[] }
  | { kind: "previewed"; preview: ImportPreview; checked: string }
  | { kind: "imported"; preview: ImportPreview };

export function TableImport({ table, columns }: { table: string; columns: string[] }) {
  const t = useTranslations("admin.import");
  const router = useRouter();
  const [csv, setCsv] = useState("");
  const [state, setState] = useState<State>({ kind: "editing" });
  const base = `/api/admin/tables/${encodeURIComponent(table)}`;

  function edit(v: string) {
    setCsv(v);
    if (state.kind !== "busy") setState({ kind: "editing" });
  }

  async function check(event: React.FormEvent) {
    event.preventDefault();
    setState({ kind: "busy" });
    const res = await postJson<ImportPreview>(`${base}/preview`, { csv });
    setState(res.ok ? { kind: "previewed", preview: res.data, checked: csv } : { kind: "issues", issues: res.issues });
  }

  async function run() {
    setState({ kind: "busy" });
    const res = await postJson<ImportPreview>(`${base}/import`, { csv });
    if (!res.ok) return setState({ kind: "issues", issues: res.issues });
    setState({ kind: "imported", preview: res.data });
    router.refresh();
  }

  const shown = state.kind === "previewed" || state.kind === "imported" ? state.preview : null;
  return (
    <form className={`calc ${styles.editor}`} onSubmit={check} aria-busy={state.kind === "busy"} noValidate>
      <CsvInput value={csv} onChange={edit} label={t("csv")} hint={t("csvHint", { columns: columns.join(", ") })} invalid={state.kind === "issues"} />
      <div className="form-row">
        <button type="submit" disabled={state.kind === "busy" || !csv.trim()}>{state.kind === "busy" ? t("working") : t("check")}</button>
        {state.kind === "previewed" && state.checked === csv && (state.preview.created || state.preview.updated) ? (
          <button type="button" onClick={run}>{t("import", { count: state.preview.created + state.preview.updated })}</button>
        ) : null}
      </div>
      <div aria-live="polite">
        {state.kind === "issues" ? <IssueList issues={state.issues} /> : null}
        {shown ? (
          <div data-testid="import-preview">
            <p className={state.kind === "imported" ? "ok" : undefined} role="status">
              {t(state.kind === "imported" ? "imported" : "summary", { created: shown.created, updated: shown.updated, unchanged: shown.unchanged })}
            </p>
            {shown.changes.length ? (
              <div className="table-wrap" tabIndex={0}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t("change")}</th>
                      <th scope="col">{t("key")}</th>
                      <th scope="col">{t("values")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.changes.slice(0, 200).map((c) => (
                      <tr key={`${c.kind}|${c.key}`}>
                        <td className={c.kind === "created" ? "ok" : "warn"}>{t(c.kind)}</td>
                        <td>{c.key}</td>
                        <td>
                          <details>
                            <summary>{t("show")}</summary>
                            {c.before ? <pre className={styles.json}>{JSON.stringify(c.before, null, 2)}</pre> : null}
                            <pre className={styles.json}>{JSON.stringify(c.after, null, 2)}</pre>
                          </details>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </div>
        ) : null}
      </div>
    </form>
  );
}
