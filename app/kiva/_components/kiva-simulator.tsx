"use client";
// The Kiva simulation form: every input labelled and hinted, errors next to their field
// (from the API's issue paths), the inputs mirrored into the URL, results announced.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { postJson, type ApiIssue } from "@/lib/client/api";
import type { TKivaSimulateRequestInput, TKivaSimulateResponse } from "@/lib/calculators/kiva/schema";
import { Field } from "@/app/_components/form/field";
import { FormErrors } from "@/app/_components/form/form-errors";
import { messagesByPath, unplacedIssues } from "@/app/_components/form/issue-messages";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { useApiSubmit } from "@/app/_components/form/use-api-submit";
import { FIELD_OF_PATH, paramsFromForm, requestFromForm, type KivaForm, type RateUnit } from "./kiva-form";
import { KivaResults } from "./kiva-results";
import styles from "./kiva.module.css";

type FormField = keyof KivaForm;
type Simulation = { data: TKivaSimulateResponse; request: TKivaSimulateRequestInput };

export type KivaSimulatorProps = {
  initialForm: KivaForm;
  initialResult: TKivaSimulateResponse | null;
  initialErrorFields: string[];
};

/** The field an issue path belongs to ("milesPerJpy" -> rate); a path no field shows stays as it is. */
function fieldOf(path: string): string {
  return FIELD_OF_PATH[path.split(".")[0]] ?? path;
}

/** The API's issues as the form's: each at the field that shows it. */
const atFields = (issues: readonly ApiIssue[]): ApiIssue[] => issues.map((i) => ({ ...i, path: fieldOf(i.path) }));

export function KivaSimulator({ initialForm, initialResult, initialErrorFields }: KivaSimulatorProps) {
  const t = useTranslations("kiva");
  const [form, setForm] = useState<KivaForm>(initialForm);
  const [result, setResult] = useState<Simulation | null>(initialResult ? { data: initialResult, request: requestFromForm(initialForm) } : null);
  // The server's first answer names only the paths; the words are chosen here, in the page's language.
  const submission = useApiSubmit(initialErrorFields.map((path) => ({ path, message: "" })));
  const issues = atFields(submission.issues);
  const fieldMessages: Record<Exclude<FormField, "rateUnit">, string> = {
    loanUsd: t("errors.loanUsd"),
    loans: t("errors.loans"),
    termMonths: t("errors.termMonths"),
    rate: t(form.rateUnit === "jpy" ? "errors.ratePerJpy" : "errors.ratePerUsd"),
    fxCostPercent: t("errors.fxCostPercent"),
    usdJpy: t("errors.usdJpy"),
    repaymentPercent: t("errors.repaymentPercent"),
    years: t("errors.years"),
    relend: t("errors.relend"),
  };
  const errors = messagesByPath(issues, fieldMessages);

  function set<K extends FormField>(key: K, value: KivaForm[K]) {
    setForm((f) => ({ ...f, [key]: value }));
    submission.dismiss((i) => fieldOf(i.path) === key);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const request = requestFromForm(form);
    const submitted = form;
    void submission.run((signal) => postJson<TKivaSimulateResponse>("/api/v1/kiva/simulate", request, signal), {
      onData: (data) => {
        setResult({ data, request });
        const query = paramsFromForm(submitted, new URLSearchParams(window.location.search));
        window.history.replaceState(null, "", `${window.location.pathname}?${query.toString()}`);
      },
    });
  }

  const numberField = (field: Exclude<FormField, "rateUnit" | "rate" | "relend">, opts: { step?: string; min?: string; max?: string; inputMode?: "numeric" | "decimal" }) => (
    <Field id={`kiva-${field}`} label={t(`form.${field}.label`)} hint={t(`form.${field}.hint`)} error={errors[field]}>
      {(aria) => (
        <input
          {...aria}
          name={field}
          type="number"
          inputMode={opts.inputMode ?? "decimal"}
          step={opts.step ?? "any"}
          min={opts.min}
          max={opts.max}
          value={form[field]}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <>
      <form className={`calc ${styles.form}`} method="get" action="/kiva" onSubmit={onSubmit} noValidate aria-labelledby="kiva-form-heading">
        <h2 id="kiva-form-heading" className={styles.formHeading}>
          {t("form.heading")}
        </h2>
        <fieldset className={styles.group}>
          <legend>{t("form.loansLegend")}</legend>
          <div className={styles.grid}>
            {numberField("loanUsd", { step: "1", min: "25", max: "10000", inputMode: "numeric" })}
            {numberField("loans", { step: "1", min: "1", max: "1000", inputMode: "numeric" })}
            {numberField("termMonths", { step: "1", min: "1", max: "60", inputMode: "numeric" })}
            {numberField("repaymentPercent", { min: "0", max: "100" })}
          </div>
        </fieldset>
        <fieldset className={styles.group}>
          <legend>{t("form.cardLegend")}</legend>
          <div className={styles.grid}>
            <div className="field">
              <label htmlFor="kiva-rateUnit">{t("form.rateUnit.label")}</label>
              <select id="kiva-rateUnit" name="rateUnit" value={form.rateUnit} onChange={(e) => set("rateUnit", e.target.value as RateUnit)}>
                <option value="jpy">{t("form.rateUnit.jpy")}</option>
                <option value="usd">{t("form.rateUnit.usd")}</option>
              </select>
            </div>
            <Field
              id="kiva-rate"
              label={t(form.rateUnit === "jpy" ? "form.rate.labelJpy" : "form.rate.labelUsd")}
              hint={t(form.rateUnit === "jpy" ? "form.rate.hintJpy" : "form.rate.hintUsd")}
              error={errors.rate}
            >
              {(aria) => <input {...aria} name="rate" type="number" inputMode="decimal" step="any" min="0" max="100" value={form.rate} onChange={(e) => set("rate", e.target.value)} />}
            </Field>
            {numberField("fxCostPercent", { min: "0", max: "20" })}
            {numberField("usdJpy", { min: "1", max: "1000" })}
          </div>
        </fieldset>
        <fieldset className={styles.group}>
          <legend>{t("form.timeLegend")}</legend>
          <div className={styles.grid}>
            {numberField("years", { step: "1", min: "1", max: "10", inputMode: "numeric" })}
            <div className={`field ${styles.checkbox}`}>
              <label>
                <input type="checkbox" name="relend" value="true" checked={form.relend} onChange={(e) => set("relend", e.target.checked)} aria-describedby="kiva-relend-hint" />{" "}
                {t("form.relend.label")}
              </label>
              {/* Sent after the box: "false" is the only value when the box is unticked. */}
              <input type="hidden" name="relend" value="false" />
              <p className="hint" id="kiva-relend-hint">
                {t("form.relend.hint")}
              </p>
            </div>
          </div>
        </fieldset>
        {/* Only what no field shows: a field's own error stands next to it. */}
        <FormErrors
          issues={unplacedIssues(issues, fieldMessages)}
          failure={submission.failure}
          messages={{ general: t("errors.generic"), network: t("errors.network"), server: () => t("errors.generic") }}
        />
        <div className="form-row">
          <SubmitButton busy={submission.busy} label={t("form.submit")} busyLabel={t("form.calculating")} />
        </div>
      </form>
      {/* Only the headline is live: the whole result holds a schedule of up to 120 months. */}
      <p className="visually-hidden" role="status">
        {submission.busy || !result
          ? ""
          : `${t("result.costPerMile")}: ${result.data.costPerMileJpy === null ? t("result.noCostPerMile") : t("result.yenPerMile", { yen: result.data.costPerMileJpy.toFixed(2) })}`}
      </p>
      <section className="result" aria-busy={submission.busy} aria-labelledby="kiva-result-heading" data-testid="kiva-result">
        <h2 id="kiva-result-heading" className={styles.resultHeading}>
          {t("result.heading")}
        </h2>
        {result ? <KivaResults data={result.data} request={result.request} /> : <p className="muted">{t("result.none")}</p>}
      </section>
    </>
  );
}
