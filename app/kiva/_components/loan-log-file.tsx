"use client";
// Export the log as a JSON file, import one back. An import is validated in full first
// (parseLoanLog): on any problem nothing is replaced and every problem is listed.
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { LOAN_LOG_MAX_CHARS, parseLoanLog, serializeLoanLog, type LoanLogIssue, type TLoanLog } from "@/lib/calculators/kiva/loan-log";
import { loanLogIssueText } from "./loan-log-issues";
import styles from "./kiva.module.css";

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function LoanLogFile({ log, onImport, disabled }: { log: TLoanLog; onImport: (log: TLoanLog) => boolean; disabled: boolean }) {
  const t = useTranslations("kiva.log.file");
  const tLog = useTranslations("kiva.log");
  const [issues, setIssues] = useState<LoanLogIssue[] | null>(null);
  const [status, setStatus] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);

  function onExport() {
    const today = new Date().toISOString().slice(0, 10);
    download(`kiva-loan-log-${today}.json`, serializeLoanLog(log));
    setStatus(t("exported", { count: log.loans.length }));
  }

  async function onFile(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ""; // choosing the same file again must fire again
    if (!file) return;
    setStatus("");
    // Checked before reading: a huge file is refused without loading it.
    const parsed = file.size > LOAN_LOG_MAX_CHARS * 4 ? parseLoanLog("x".repeat(LOAN_LOG_MAX_CHARS + 1)) : parseLoanLog(await file.text());
    if (!parsed.ok) {
      setIssues(parsed.issues);
      return;
    }
    setIssues(null);
    setStatus(onImport(parsed.log) ? t("imported", { count: parsed.log.loans.length, file: file.name.slice(0, 80) }) : t("storageFailed"));
  }

  return (
    <div className={styles.fileActions}>
      <div className="form-row">
        <button type="button" className="secondary" onClick={onExport} disabled={disabled}>
          {t("export")}
        </button>
        <div className="field">
          <label htmlFor="loan-log-import">{t("import")}</label>
          <input ref={fileInput} id="loan-log-import" type="file" accept="application/json,.json" onChange={onFile} aria-describedby="loan-log-import-hint" />
          <p className="hint" id="loan-log-import-hint">
            {t("importHint")}
          </p>
        </div>
      </div>
      <p role="status" className={status ? "ok" : undefined}>
        {status}
      </p>
      {issues ? (
        <div role="alert" className={styles.importErrors} data-testid="loan-log-import-errors">
          <p className="bad">{t("importFailed", { count: issues.length })}</p>
          <ul>
            {issues.slice(0, 20).map((i, n) => (
              <li key={n}>{loanLogIssueText(i, tLog as Parameters<typeof loanLogIssueText>[1])}</li>
            ))}
          </ul>
          {issues.length > 20 ? <p className="muted">{t("moreIssues", { count: issues.length - 20 })}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
