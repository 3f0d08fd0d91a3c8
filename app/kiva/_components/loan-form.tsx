"use client";
// "Add a loan" to the log: validated with the log's own schema (ZLoggedLoan) before it
// is saved, each problem shown next to its field in the page's language.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ZLoggedLoan, type TLoggedLoan } from "@/lib/calculators/kiva/loan-log";
import { Field } from "@/app/_components/form/field";
import styles from "./kiva.module.css";

const FIELDS = ["loanNumber", "country", "fieldPartner", "termMonths", "amountUsd", "amountJpy", "startMonth", "repaidUsd"] as const;
type LoanField = (typeof FIELDS)[number];
type Draft = Record<LoanField, string>;

const EMPTY_DRAFT: Draft = { loanNumber: "", country: "", fieldPartner: "", termMonths: "8", amountUsd: "25", amountJpy: "", startMonth: "", repaidUsd: "0" };
const NUMERIC: ReadonlySet<LoanField> = new Set(["loanNumber", "termMonths", "amountUsd", "amountJpy", "repaidUsd"]);

/** The draft as the schema's input: "" is missing, numbers are numbers (NaN reported by the schema). */
function candidate(d: Draft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of FIELDS) {
    const v = d[f].trim();
    if (v === "") continue;
    out[f] = NUMERIC.has(f) ? Number(v) : v;
  }
  return out;
}

export function LoanForm({ existing, onAdd, disabled }: { existing: readonly number[]; onAdd: (loan: TLoggedLoan) => boolean; disabled: boolean }) {
  const t = useTranslations("kiva.log.form");
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<Partial<Record<LoanField, string>>>({});

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZLoggedLoan.safeParse(candidate(draft));
    const next: Partial<Record<LoanField, string>> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]) as LoanField;
        if (FIELDS.includes(field)) next[field] ??= t(`errors.${field}`);
      }
    } else if (existing.includes(parsed.data.loanNumber)) {
      next.loanNumber = t("errors.duplicate");
    }
    setErrors(next);
    if (!parsed.success || Object.keys(next).length > 0) return;
    if (onAdd(parsed.data)) setDraft({ ...EMPTY_DRAFT, termMonths: draft.termMonths, amountUsd: draft.amountUsd, startMonth: draft.startMonth });
  }

  const input = (field: LoanField, props: React.InputHTMLAttributes<HTMLInputElement>) => (
    <Field id={`loan-${field}`} label={t(`${field}.label`)} hint={t(`${field}.hint`)} error={errors[field]}>
      {(aria) => (
        <input
          {...aria}
          value={draft[field]}
          onChange={(e) => {
            const value = e.target.value;
            setDraft((d) => ({ ...d, [field]: value }));
            setErrors((er) => ({ ...er, [field]: undefined }));
          }}
          {...props}
        />
      )}
    </Field>
  );

  return (
    <form className={`calc ${styles.loanForm}`} onSubmit={onSubmit} noValidate aria-labelledby="loan-form-heading">
      <h3 id="loan-form-heading">{t("heading")}</h3>
      <div className={styles.grid}>
        {input("loanNumber", { type: "number", inputMode: "numeric", step: "1", min: "1" })}
        {input("country", { type: "text", maxLength: 80, autoComplete: "off" })}
        {input("fieldPartner", { type: "text", maxLength: 120, autoComplete: "off" })}
        {input("termMonths", { type: "number", inputMode: "numeric", step: "1", min: "1", max: "120" })}
        {input("amountUsd", { type: "number", inputMode: "decimal", step: "0.01", min: "0.01" })}
        {input("amountJpy", { type: "number", inputMode: "decimal", step: "any", min: "0" })}
        {input("startMonth", { type: "month", placeholder: "2024-01", maxLength: 7 })}
        {input("repaidUsd", { type: "number", inputMode: "decimal", step: "0.01", min: "0" })}
      </div>
      <div className="form-row">
        <button type="submit" disabled={disabled}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
