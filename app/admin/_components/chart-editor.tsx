"use client";
// A new version of one award chart: effective date, source, confidence, notes and the
// rows as CSV (pasted or uploaded). "Check" shows every problem or the difference
// against the version before; "Publish" is offered only for exactly what was checked.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { postJson } from "@/lib/client/api";
import type { ChartPreview } from "@/lib/admin/charts/write";
import { CsvInput } from "./csv-input";
import { IssueList } from "./issue-list";
import { ChartDiffView } from "./chart-diff";
import styles from "../admin.module.css";
import { useProblemText, type ShownIssue } from "./problem-text";

type Fields = { effectiveFrom: string; source: string; confidence: "H" | "M" | "L"; notes: string; csv: string };
type State =
  | { kind: "editing" }
  | { kind: "busy"; what: "check" | "publish" }
  | { kind: "issues"; issues: ShownIssue[] }
  | { kind: "previewed"; preview: ChartPreview; checked: string }
  | { kind: "published"; id: number; effectiveFrom: string };

export function ChartEditor({ chartKey, initialCsv }: { chartKey: string; initialCsv: string }) {
  const t = useTranslations("admin.editor");
  const router = useRouter();
  const text = useProblemText();
  const [fields, setFields] = useState<Fields>({ effectiveFrom: "", source: "", confidence: "M", notes: "", csv: initialCsv });
  const [state, setState] = useState<State>({ kind: "editing" });
  const base = `/api/admin/charts/${encodeURIComponent(chartKey)}`;
  const snapshot = JSON.stringify(fields);

  const set = <K extends keyof Fields>(k: K) => (v: Fields[K]) => {
    setFields((f) => ({ ...f, [k]: v }));
    if (state.kind === "previewed" || state.kind === "issues" || state.kind === "published") setState({ kind: "editing" });
  };

  async function check(event: React.FormEvent) {
    event.preventDefault();
    setState({ kind: "busy", what: "check" });
    const res = await postJson<ChartPreview>(`${base}/preview`, fields);
    setState(res.ok ? { kind: "previewed", preview: res.data, checked: snapshot } : { kind: "issues", issues: res.issues });
  }

  async function publish() {
    setState({ kind: "busy", what: "publish" });
    const res = await postJson<ChartPreview & { id: number }>(`${base}/publish`, fields);
    if (!res.ok) return setState({ kind: "issues", issues: res.issues });
    setState({ kind: "published", id: res.data.id, effectiveFrom: res.data.effectiveFrom });
    router.refresh();
  }

  const issues = state.kind === "issues" ? state.issues : [];
  const fieldError = (path: string) => {
    const found = issues.find((i) => i.path === path);
    return found ? text(found) : undefined;
  };
  const busy = state.kind === "busy";
  const labels = { effectiveFrom: t("effectiveFrom"), source: t("source"), confidence: t("confidence"), notes: t("notes"), csv: t("csv") };

  return (
    <form className={`calc ${styles.editor}`} onSubmit={check} aria-busy={busy} noValidate>
      <div className="form-row">
        <div className="field">
          <label htmlFor="ed-from">{t("effectiveFrom")}</label>
          <input id="ed-from" type="date" required value={fields.effectiveFrom} onChange={(e) => set("effectiveFrom")(e.target.value)} aria-invalid={!!fieldError("effectiveFrom")} aria-describedby="ed-from-error" />
          {fieldError("effectiveFrom") ? <span id="ed-from-error" className="field-error">{fieldError("effectiveFrom")}</span> : null}
        </div>
        <div className="field">
          <label htmlFor="ed-confidence">{t("confidence")}</label>
          <select id="ed-confidence" value={fields.confidence} onChange={(e) => set("confidence")(e.target.value as Fields["confidence"])}>
            <option value="H">{t("confidenceH")}</option>
            <option value="M">{t("confidenceM")}</option>
            <option value="L">{t("confidenceL")}</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="ed-source">{t("source")}</label>
        <span className="hint" id="ed-source-hint">{t("sourceHint")}</span>
        <input id="ed-source" type="text" maxLength={500} required value={fields.source} onChange={(e) => set("source")(e.target.value)} aria-invalid={!!fieldError("source")} aria-describedby="ed-source-hint ed-source-error" />
        {fieldError("source") ? <span id="ed-source-error" className="field-error">{fieldError("source")}</span> : null}
      </div>
      <div className="field">
        <label htmlFor="ed-notes">{t("notes")}</label>
        <textarea id="ed-notes" rows={3} maxLength={2000} value={fields.notes} onChange={(e) => set("notes")(e.target.value)} />
      </div>
      <CsvInput value={fields.csv} onChange={set("csv")} label={t("csv")} hint={t("csvHint")} invalid={issues.some((i) => i.path.startsWith("csv"))} />
      <div className="form-row">
        <button type="submit" disabled={busy}>{state.kind === "busy" && state.what === "check" ? t("checking") : t("check")}</button>
        {state.kind === "previewed" && state.checked === snapshot ? (
          <button type="button" onClick={publish}>{t("publish", { date: state.preview.effectiveFrom })}</button>
        ) : null}
        {state.kind === "busy" && state.what === "publish" ? <span role="status">{t("publishing")}</span> : null}
      </div>
      <div aria-live="polite">
        <IssueList issues={issues} fields={labels} />
        {state.kind === "previewed" ? <ChartDiffView preview={state.preview} /> : null}
        {state.kind === "published" ? <p className="ok" role="status">{t("published", { id: state.id, date: state.effectiveFrom })}</p> : null}
      </div>
    </form>
  );
}
