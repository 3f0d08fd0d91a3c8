"use client";
// "Mark re-verified": one audited action that sets a row's verifiedOn to today.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { postJson } from "@/lib/client/api";
import { useProblemText, type ShownIssue } from "./problem-text";

export function MarkVerified({ entity, id, label }: { entity: string; id: string; label: string }) {
  const t = useTranslations("admin.dataHealth");
  const text = useProblemText();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<ShownIssue[]>([]);

  async function mark() {
    setBusy(true);
    const res = await postJson("/api/admin/data-health/verify", { entity, id });
    setBusy(false);
    if (!res.ok) {
      setIssues(res.issues);
      return;
    }
    setIssues([]);
    router.refresh();
  }

  return (
    <>
      <button type="button" className="secondary" onClick={mark} disabled={busy} aria-label={t("markFor", { label })}>
        {t("mark")}
      </button>
      {issues.map((i, n) => (
        <p key={n} className="bad" role="alert">{text(i)}</p>
      ))}
    </>
  );
}
