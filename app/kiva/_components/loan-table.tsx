"use client";
// The loans in the log, with "repaid so far" editable in place and a remove button.
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { ZLoggedLoan, type TLoggedLoan } from "@/lib/calculators/kiva/loan-log";
import { TableHead } from "@/app/_components/form/table-head";
import styles from "./kiva.module.css";

function RepaidCell({ loan, onChange }: { loan: TLoggedLoan; onChange: (repaidUsd: number) => void }) {
  const t = useTranslations("kiva.log.table");
  const [draft, setDraft] = useState(String(loan.repaidUsd));
  const [error, setError] = useState(false);
  const id = `repaid-${loan.loanNumber}`;

  function commit() {
    const value = draft.trim() === "" ? Number.NaN : Number(draft);
    const ok = ZLoggedLoan.safeParse({ ...loan, repaidUsd: value }).success;
    setError(!ok);
    if (ok && value !== loan.repaidUsd) onChange(value);
  }

  return (
    <div>
      <label htmlFor={id} className="visually-hidden">
        {t("repaidLabel", { loan: loan.loanNumber })}
      </label>
      <input
        id={id}
        className={styles.repaidInput}
        type="number"
        inputMode="decimal"
        step="0.01"
        min="0"
        max={loan.amountUsd}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(false);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            commit();
          }
        }}
        aria-invalid={error || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {t("repaidError", { max: loan.amountUsd })}
        </p>
      ) : null}
    </div>
  );
}

export function LoanTable({
  loans,
  onRepaid,
  onRemove,
}: {
  loans: readonly TLoggedLoan[];
  onRepaid: (loanNumber: number, repaidUsd: number) => void;
  onRemove: (loanNumber: number) => void;
}) {
  const t = useTranslations("kiva.log.table");
  const format = useFormatter();
  const usd = (v: number) => format.number(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <div className="table-wrap" tabIndex={0}>
      <table data-testid="loan-log-table" className={styles.loanTable}>
        <caption className="visually-hidden">{t("caption")}</caption>
        <TableHead
          columns={[
            { label: t("loanNumber") },
            { label: t("country") },
            { label: t("fieldPartner") },
            { label: t("termMonths"), num: true },
            { label: t("amountUsd"), num: true },
            { label: t("startMonth") },
            { label: t("repaidUsd") },
            { label: <span className="visually-hidden">{t("actions")}</span> },
          ]}
        />
        <tbody>
          {loans.map((loan) => (
            <tr key={loan.loanNumber}>
              <th scope="row">{loan.loanNumber}</th>
              <td data-label={t("country")}>{loan.country}</td>
              <td data-label={t("fieldPartner")}>{loan.fieldPartner}</td>
              <td className="num" data-label={t("termMonths")}>
                {loan.termMonths}
              </td>
              <td className="num" data-label={t("amountUsd")}>
                <span>
                  {usd(loan.amountUsd)}
                  {loan.amountJpy !== undefined ? <span className={`muted ${styles.sub}`}>{t("aboutYen", { yen: format.number(loan.amountJpy) })}</span> : null}
                </span>
              </td>
              <td className={styles.nowrap} data-label={t("startMonth")}>
                {loan.startMonth}
              </td>
              <td data-label={t("repaidUsd")}>
                {/* keyed by the stored value, so an import or another tab resets the draft */}
                <RepaidCell key={`${loan.loanNumber}:${loan.repaidUsd}`} loan={loan} onChange={(v) => onRepaid(loan.loanNumber, v)} />
              </td>
              <td>
                <button type="button" className="secondary" onClick={() => onRemove(loan.loanNumber)} aria-label={t("removeLabel", { loan: loan.loanNumber })}>
                  {t("remove")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
