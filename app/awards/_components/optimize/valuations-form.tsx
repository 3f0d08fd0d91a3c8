"use client";
// The user's point valuations (cents per point), one number input per currency, pre-filled
// from the address or the stored default. Submitting puts the values that differ from the
// stored defaults into the address (v=Avios:3,...) and the server ranks again; a value the
// server could not use comes back as an inline error next to its field.
import { useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { dayFormatter } from "@/app/_components/form/format";
import { useHere } from "@/app/_components/embed/here";
import { serializeViewQuery } from "@/lib/awards/view-url";
import { Provenance } from "@/app/_components/provenance";
import styles from "./optimize.module.css";

export interface ValuationField {
  currency: string;
  /** The stored default (cents per point), null when none is stored. */
  stored: number | null;
  /** The stored default's source, date and confidence. */
  storedSource: { source: string; effectiveFrom: string | null; confidence: string | null } | null;
  /** True when the optimizer used the address's value rather than the stored one. */
  fromRequest: boolean;
  /** What the address says, if anything. */
  text: string | null;
  error: boolean;
}

/** The stored USD -> JPY rate of today, to show every value in yen as well (null: none stored). */
export interface YenRate {
  yenPerUsd: number;
  asOf: string;
  source: string;
  confidence: string;
}

export function ValuationsForm(props: { fields: ValuationField[]; itineraryQuery: string; formError: boolean; yen?: YenRate | null }) {
  const t = useTranslations("optimize.form");
  const format = useFormatter();
  const day = dayFormatter(useLocale());
  // What the typed cents are in yen, as the reader types (Japanese readers think in yen).
  const inYen = (text: string | undefined) => {
    const cents = Number((text ?? "").trim());
    if (!props.yen || !(text ?? "").trim() || !Number.isFinite(cents) || cents <= 0 || cents > 100) return null;
    return t("inYen", {
      yen: format.number((cents / 100) * props.yen.yenPerUsd, { maximumFractionDigits: 2, minimumFractionDigits: 2 }),
      rate: format.number(props.yen.yenPerUsd, { maximumFractionDigits: 2 }),
      date: day(props.yen.asOf),
    });
  };
  const router = useRouter();
  const here = useHere();
  const [pending, startTransition] = useTransition();
  const initial = () => Object.fromEntries(props.fields.map((f) => [f.currency, f.text ?? (f.stored === null ? "" : String(f.stored))]));
  const [values, setValues] = useState<Record<string, string>>(initial);

  function go(text: Record<string, string>) {
    startTransition(() => router.push(here([props.itineraryQuery, serializeViewQuery("optimize", text)].filter(Boolean).join("&")), { scroll: false }));
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    // Only what differs from the stored default goes into the address (it stays short).
    const changed: Record<string, string> = {};
    for (const f of props.fields) {
      const v = (values[f.currency] ?? "").trim();
      if (v !== "" && !(f.stored !== null && Number(v) === f.stored && /^\d/.test(v))) changed[f.currency] = v;
    }
    go(changed);
  }

  function reset() {
    setValues(Object.fromEntries(props.fields.map((f) => [f.currency, f.stored === null ? "" : String(f.stored)])));
    go({});
  }

  return (
    <form className="calc" onSubmit={submit} noValidate aria-busy={pending} data-testid="valuations-form">
      <fieldset className={styles.valuations}>
        <legend>{t("valuationsLegend")}</legend>
        <p className="hint">{t("intro")}</p>
        {props.formError ? <p className="field-error">{t("valuationsError")}</p> : null}
        <div className={styles.valuationGrid}>
          {props.fields.map((f, i) => {
            const id = `valuation-${i}`;
            return (
              <div className="field" key={f.currency}>
                <label htmlFor={id}>{t("valuationLabel", { currency: f.currency })}</label>
                <input
                  id={id}
                  type="number"
                  inputMode="decimal"
                  min={0}
                  max={100}
                  step="any"
                  value={values[f.currency] ?? ""}
                  onChange={(e) => setValues((v) => ({ ...v, [f.currency]: e.target.value }))}
                  aria-invalid={f.error || undefined}
                  aria-describedby={`${id}-hint${f.error ? ` ${id}-error` : ""}`}
                />
                {f.error ? (
                  <p className="field-error" id={`${id}-error`}>
                    {t("valuationError")}
                  </p>
                ) : null}
                <div className="hint" id={`${id}-hint`}>
                  {inYen(values[f.currency]) ? (
                    <>
                      <span data-testid={`valuation-yen-${f.currency}`}>{inYen(values[f.currency])}</span>
                      <br />
                    </>
                  ) : null}
                  {f.fromRequest ? <strong>{t("yours")} · </strong> : null}
                  {f.stored !== null && f.storedSource ? (
                    <Provenance label={t("storedLabel", { cents: f.stored })} source={f.storedSource.source} effectiveFrom={f.storedSource.effectiveFrom} confidence={f.storedSource.confidence} />
                  ) : (
                    t("noStored")
                  )}
                </div>
              </div>
            );
          })}
        </div>
        {props.yen ? (
          <Provenance label={t("rateLabel", { rate: format.number(props.yen.yenPerUsd, { maximumFractionDigits: 2 }) })} source={props.yen.source} effectiveFrom={props.yen.asOf} confidence={props.yen.confidence} />
        ) : null}
        <div className={styles.formActions}>
          <button type="submit" disabled={pending}>
            {pending ? t("submitting") : t("submit")}
          </button>
          <button type="button" className="secondary" onClick={reset} disabled={pending}>
            {t("reset")}
          </button>
          {pending ? (
            <span role="status" className="muted">
              {t("submitting")}
            </span>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}
