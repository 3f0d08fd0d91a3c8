"use client";
// The Kiva simulation form: every input labelled and hinted, errors next to their field
// (from the API's issue paths), the inputs mirrored into the URL, results announced.
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { postJson } from "@/lib/client/api";
import type { TKivaSimulateRequestInput, TKivaSimulateResponse } from "@/lib/calculators/kiva/schema";
import { FIELD_OF_PATH, paramsFromForm, requestFromForm, type KivaForm, type RateUnit } from "./kiva-form";
import { KivaResults } from "./kiva-results";
import styles from "./kiva.module.css";

type Field = keyof KivaForm;
/** Which fields have a problem; the text is chosen at render time, in the page's language. */
type Errors = Partial<Record<Field | "form", "invalid" | "network">>;

export type KivaSimulatorProps = {
  initialForm: KivaForm;
  initialResult: TKivaSimulateResponse | null;
  initialErrorFields: string[];
};

/** The field an issue path belongs to ("milesPerJpy" -> rate). */
function fieldOf(path: string): Field | "form" {
  return FIELD_OF_PATH[path.split(".")[0]] ?? "form";
}

export function KivaSimulator({ initialForm, initialResult, initialErrorFields }: KivaSimulatorProps) {
  const t = useTranslations("kiva");
  const [form, setForm] = useState<KivaForm>(initialForm);
  const [result, setResult] = useState<{ data: TKivaSimulateResponse; request: TKivaSimulateRequestInput } | null>(
    initialResult ? { data: initialResult, request: requestFromForm(initialForm) } : null,
  );
  const [errors, setErrors] = useState<Errors>(() => Object.fromEntries(initialErrorFields.map((p) => [fieldOf(p), "invalid"])));
  const [busy, setBusy] = useState(false);
  const controller = useRef<AbortController | null>(null);

  function errorText(field: Field | "form"): string | null {
    const kind = errors[field];
    if (!kind) return null;
    if (field === "form") return kind === "network" ? t("errors.network") : t("errors.generic");
    if (field === "rate") return t(form.rateUnit === "jpy" ? "errors.ratePerJpy" : "errors.ratePerUsd");
    return t(`errors.${field}`);
  }

  function set<K extends Field>(key: K, value: KivaForm[K]) {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    controller.current?.abort();
    const ctrl = new AbortController();
    controller.current = ctrl;
    const request = requestFromForm(form);
    setBusy(true);
    try {
      const res = await postJson<TKivaSimulateResponse>("/api/v1/kiva/simulate", request, ctrl.signal);
      if (res.ok) {
        setResult({ data: res.data, request });
        setErrors({});
        const query = paramsFromForm(form, new URLSearchParams(window.location.search));
        window.history.replaceState(null, "", `${window.location.pathname}?${query.toString()}`);
      } else {
        const next: Errors = {};
        for (const issue of res.issues) {
          const field = fieldOf(issue.path);
          next[field] ??= field === "form" && res.status === 0 ? "network" : "invalid";
        }
        setErrors(next);
      }
    } catch (err) {
      if ((err as Error).name !== "AbortError") setErrors({ form: "network" });
    } finally {
      if (controller.current === ctrl) setBusy(false);
    }
  }

  /** Props that tie an input to its hint and its error. */
  const described = (field: Field, hint: boolean) => ({
    id: `kiva-${field}`,
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": [hint ? `kiva-${field}-hint` : "", errors[field] ? `kiva-${field}-error` : ""].filter(Boolean).join(" ") || undefined,
  });
  const errorFor = (field: Field) =>
    errors[field] ? (
      <p className="field-error" id={`kiva-${field}-error`}>
        {errorText(field)}
      </p>
    ) : null;

  const numberField = (field: Field, opts: { step?: string; min?: string; max?: string; inputMode?: "numeric" | "decimal" }) => (
    <div className="field">
      <label htmlFor={`kiva-${field}`}>{t(`form.${field}.label`)}</label>
      <input
        {...described(field, true)}
        name={field}
        type="number"
        inputMode={opts.inputMode ?? "decimal"}
        step={opts.step ?? "any"}
        min={opts.min}
        max={opts.max}
        value={form[field] as string}
        onChange={(e) => set(field, e.target.value)}
      />
      <p className="hint" id={`kiva-${field}-hint`}>
        {t(`form.${field}.hint`)}
      </p>
      {errorFor(field)}
    </div>
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
            <div className="field">
              <label htmlFor="kiva-rate">{t(form.rateUnit === "jpy" ? "form.rate.labelJpy" : "form.rate.labelUsd")}</label>
              <input {...described("rate", true)} name="rate" type="number" inputMode="decimal" step="any" min="0" max="100" value={form.rate} onChange={(e) => set("rate", e.target.value)} />
              <p className="hint" id="kiva-rate-hint">
                {t(form.rateUnit === "jpy" ? "form.rate.hintJpy" : "form.rate.hintUsd")}
              </p>
              {errorFor("rate")}
            </div>
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
        {errors.form ? (
          <p className="field-error" role="alert">
            {errorText("form")}
          </p>
        ) : null}
        <div className="form-row">
          <button type="submit" disabled={busy} aria-busy={busy || undefined}>
            {busy ? t("form.calculating") : t("form.submit")}
          </button>
        </div>
      </form>
      <section className="result" aria-live="polite" aria-busy={busy} aria-labelledby="kiva-result-heading" data-testid="kiva-result">
        <h2 id="kiva-result-heading" className={styles.resultHeading}>
          {t("result.heading")}
        </h2>
        {result ? <KivaResults data={result.data} request={result.request} /> : <p className="muted">{t("result.none")}</p>}
      </section>
    </>
  );
}
