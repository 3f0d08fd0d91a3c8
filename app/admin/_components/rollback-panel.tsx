"use client";
// Rolls back the latest publish after a second, explicit confirmation.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { postJson } from "@/lib/client/api";
import { useProblemText, type ShownIssue } from "./problem-text";

type Props = { chartKey: string; versionId: number; summary: string };

export function RollbackPanel({ chartKey, versionId, summary }: Props) {
  const t = useTranslations("admin.rollback");
  const router = useRouter();
  const [step, setStep] = useState<"idle" | "confirm" | "busy" | "done">("idle");
  const [issues, setIssues] = useState<ShownIssue[]>([]);
  const text = useProblemText();

  async function rollback() {
    setStep("busy");
    const res = await postJson(`/api/admin/charts/${encodeURIComponent(chartKey)}/rollback`, { versionId });
    if (!res.ok) {
      setIssues(res.issues);
      setStep("idle");
      return;
    }
    setStep("done");
    router.refresh();
  }

  return (
    <div className="result">
      <p>{summary}</p>
      {step === "idle" ? (
        <button type="button" className="secondary" onClick={() => setStep("confirm")}>{t("start", { id: versionId })}</button>
      ) : null}
      {step === "confirm" ? (
        <p className="form-row">
          <button type="button" onClick={rollback}>{t("confirm", { id: versionId })}</button>
          <button type="button" className="secondary" onClick={() => setStep("idle")}>{t("cancel")}</button>
        </p>
      ) : null}
      <div aria-live="polite">
        {step === "busy" ? <p role="status">{t("busy")}</p> : null}
        {step === "done" ? <p className="ok" role="status">{t("done", { id: versionId })}</p> : null}
        {issues.map((i) => (
          <p key={i.message} className="bad" role="alert">{text(i)}</p>
        ))}
      </div>
    </div>
  );
}
