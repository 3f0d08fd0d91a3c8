"use client";
// The user's own Kiva loan log, kept in this browser: summary, loans, add, export/import,
// and the seed's two January 2024 loans as an example to start from.
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Provenance } from "@/app/_components/provenance";
import { EXAMPLE_LOAN_LOG, summarizeLoanLog, type TLoanLog, type TLoggedLoan } from "@/lib/calculators/kiva";
import { LOAN_LOG_MAX_LOANS } from "@/lib/calculators/kiva/loan-log";
import { EXAMPLE_LOAN_LOG_CONFIDENCE, EXAMPLE_LOAN_LOG_EFFECTIVE_FROM, EXAMPLE_LOAN_LOG_SOURCE } from "@/lib/calculators/kiva/loan-log-example";
import { saveLoanLog, useStoredLoanLog } from "./loan-log-store";
import { LoanForm } from "./loan-form";
import { LoanLogFile } from "./loan-log-file";
import { LoanTable } from "./loan-table";
import styles from "./kiva.module.css";

const EMPTY: TLoanLog = { version: 1, loans: [] };

export function LoanLog() {
  const t = useTranslations("kiva.log");
  const format = useFormatter();
  const stored = useStoredLoanLog();
  const [status, setStatus] = useState("");
  const [saveFailed, setSaveFailed] = useState(false);

  if (stored.state === "loading") {
    return <p className="muted">{t("loading")}</p>;
  }
  // A damaged store is shown, not used: the page keeps working with an empty log, and
  // the first save (add, example, import) replaces the damaged data.
  const log = stored.state === "ok" ? stored.log : EMPTY;
  const usd = (v: number) => format.number(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const summary = summarizeLoanLog(log);
  const full = log.loans.length >= LOAN_LOG_MAX_LOANS;

  function save(next: TLoanLog, message: string): boolean {
    const ok = saveLoanLog(next);
    setSaveFailed(!ok);
    setStatus(ok ? message : "");
    return ok;
  }

  const add = (loan: TLoggedLoan) => save({ ...log, loans: [...log.loans, loan] }, t("added", { loan: loan.loanNumber }));
  const addExample = () => {
    const have = new Set(log.loans.map((l) => l.loanNumber));
    const missing = EXAMPLE_LOAN_LOG.loans.filter((l) => !have.has(l.loanNumber));
    if (missing.length === 0) setStatus(t("exampleAlready"));
    else save({ ...log, loans: [...log.loans, ...missing] }, t("exampleAdded", { count: missing.length }));
  };

  return (
    <div className={styles.log}>
      {stored.state === "unavailable" || saveFailed ? (
        <p className="warn" role="alert">
          {t("storageUnavailable")}
        </p>
      ) : null}
      {stored.state === "corrupt" ? (
        <div className="warn" role="alert" data-testid="loan-log-corrupt">
          <p>{t("corrupt")}</p>
          <button type="button" className="secondary" onClick={() => save(EMPTY, t("cleared"))}>
            {t("startOver")}
          </button>
        </div>
      ) : null}

      <dl className={styles.summary} data-testid="loan-log-summary">
        <div>
          <dt>{t("summary.loans")}</dt>
          <dd>{summary.loans}</dd>
        </div>
        <div>
          <dt>{t("summary.lent")}</dt>
          <dd>{t("usd", { usd: usd(summary.lentUsd) })}</dd>
        </div>
        <div>
          <dt>{t("summary.repaid")}</dt>
          <dd>{t("usd", { usd: usd(summary.repaidUsd) })}</dd>
        </div>
        <div>
          <dt>{t("summary.outstanding")}</dt>
          <dd>{t("usd", { usd: usd(summary.outstandingUsd) })}</dd>
        </div>
      </dl>

      {log.loans.length > 0 ? (
        <LoanTable
          loans={log.loans}
          onRepaid={(loanNumber, repaidUsd) =>
            save({ ...log, loans: log.loans.map((l) => (l.loanNumber === loanNumber ? { ...l, repaidUsd } : l)) }, t("repaidSaved", { loan: loanNumber }))
          }
          onRemove={(loanNumber) => save({ ...log, loans: log.loans.filter((l) => l.loanNumber !== loanNumber) }, t("removed", { loan: loanNumber }))}
        />
      ) : (
        <p className="muted">{t("empty")}</p>
      )}

      <div className={styles.example}>
        <button type="button" className="secondary" onClick={addExample} disabled={full}>
          {t("example")}
        </button>
        <Provenance source={EXAMPLE_LOAN_LOG_SOURCE} effectiveFrom={EXAMPLE_LOAN_LOG_EFFECTIVE_FROM} confidence={EXAMPLE_LOAN_LOG_CONFIDENCE} label={t("exampleSource")} />
      </div>
      <p role="status" className="ok">
        {status}
      </p>

      <LoanForm existing={log.loans.map((l) => l.loanNumber)} onAdd={add} disabled={full} />
      {full ? <p className="warn">{t("full", { max: LOAN_LOG_MAX_LOANS })}</p> : null}

      <LoanLogFile log={log} disabled={log.loans.length === 0} onImport={(imported) => save(imported, "")} />
    </div>
  );
}
