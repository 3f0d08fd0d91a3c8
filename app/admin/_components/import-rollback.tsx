"use client";
// Undoes one CSV import from the audit trail, after a second, explicit confirmation.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { postJson } from "@/lib/client/api";
import { useProblemText, type ShownIssue } from "./problem-text";

/** `rolledBackBy`: the audit entry that rolled this import back, or null while it can be. */
export function ImportRollback({ table, auditId, rolledBackBy }: { table: string; auditId: number; rolledBackBy: number | null }) {
  const t = useTranslations("admin.importRollback");
  const text = useProblemText();
  const router = useRouter();
  const [step, setStep] = useState<"idle" | "confirm" | "busy" | "done">("idle");
  const [issues, setIssues] = useState<ShownIssue[]>([]);

  async function rollback() {
    setStep("busy");
    const res = await postJson(`/api/admin/tables/${encodeURIComponent(table)}/rollback`, { auditId });
    if (!res.ok) {
      setIssues(res.issues);
      setStep("idle");
      return;
    }
    setIssues([]);
    setStep("done");
    router.refresh();
  }

  return (
    <div>
      {rolledBackBy !== null ? <p className="muted">{t("rolledBack", { by: rolledBackBy })}</p> : null}
      {rolledBackBy === null && step === "idle" ? (
        <button type="button" className="secondary" onClick={() => setStep("confirm")}>{t("start", { id: auditId })}</button>
      ) : null}
      {rolledBackBy === null && step === "confirm" ? (
        <span className="form-row">
          <button type="button" onClick={rollback} autoFocus>{t("confirm", { id: auditId })}</button>
          <button type="button" className="secondary" onClick={() => setStep("idle")}>{t("cancel")}</button>
        </span>
      ) : null}
      <div aria-live="polite">
        {step === "busy" ? <p role="status">{t("busy")}</p> : null}
        {step === "done" ? <p className="ok" role="status">{t("done", { id: auditId })}</p> : null}
        {issues.map((i, n) => (
          <p key={n} className="bad" role="alert">{text(i)}</p>
        ))}
      </div>
    </div>
  );
}
