"use client";
// The /avios page's two forms: your value of an Avios (POST /api/v1/avios/subscriptions adds
// verdicts to the plans) and a target by a date (POST /api/v1/avios/plan). Both forms'
// inputs are mirrored in the URL.
import { useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { postJson, type ApiIssue } from "@/lib/client/api";
import type { TAviosSubscriptionsResponse } from "@/lib/calculators/avios";
import { Provenance } from "@/app/_components/provenance";
import { Check, Field } from "@/app/_components/form/field";
import { FormErrors, catalogueFailureMessages } from "@/app/_components/form/form-errors";
import { messagesByPath } from "@/app/_components/form/issue-messages";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { dayFormatter, usdFormat } from "@/app/_components/form/format";
import { useApiSubmit } from "@/app/_components/form/use-api-submit";
import { aviosFieldMessages } from "./avios-errors";
import { CollectResult } from "./collect-result";
import { PLAN_URL, SUBSCRIPTIONS_URL, aviosQuery, collectRequest, valueRequest, type AviosForm } from "./params";
import { PlansTable } from "./plans-table";
import type { AviosPlanResponse, ValuationInfo } from "./types";
import styles from "./avios.module.css";

type Which = "value" | "target";

export function AviosCalculator(props: {
  initialForm: AviosForm;
  initialPlans: TAviosSubscriptionsResponse;
  initialCollect: AviosPlanResponse | null;
  initialIssues: Record<Which, ApiIssue[]>;
  valuation: ValuationInfo;
  today: string;
}) {
  const t = useTranslations("avios");
  const [form, setForm] = useState(props.initialForm);
  const [plans, setPlans] = useState(props.initialPlans);
  const [shownValue, setShownValue] = useState<number | null>(props.initialIssues.value.length ? null : Number(props.initialForm.value));
  const [collect, setCollect] = useState(props.initialCollect);
  const value = useApiSubmit(props.initialIssues.value);
  const target = useApiSubmit(props.initialIssues.target);
  // Both forms' fields by their API paths; each form only has issues at its own.
  const catalogue = aviosFieldMessages(t);
  const valueErrors = messagesByPath(value.issues, catalogue);
  const targetErrors = messagesByPath(target.issues, catalogue);
  const failureMessages = catalogueFailureMessages(t);
  const locale = useLocale();
  const usd = usdFormat(locale);
  const day = dayFormatter(locale);
  const set = <K extends keyof AviosForm>(key: K, v: AviosForm[K]) => setForm((f) => ({ ...f, [key]: v }));
  const remember = () => window.history.replaceState(null, "", `?${aviosQuery(form)}`);

  function submitValue(event: FormEvent) {
    event.preventDefault();
    remember();
    const submitted = Number(form.value);
    void value.run((signal) => postJson<TAviosSubscriptionsResponse>(SUBSCRIPTIONS_URL, valueRequest(form), signal), {
      onData: (data) => {
        setPlans(data);
        setShownValue(submitted);
      },
    });
  }

  function submitTarget(event: FormEvent) {
    event.preventDefault();
    remember();
    void target.run((signal) => postJson<AviosPlanResponse>(PLAN_URL, collectRequest(form), signal), { onData: setCollect });
  }

  return (
    <>
      <section aria-labelledby="plans-heading">
        <h2 id="plans-heading">{t("plans.heading")}</h2>
        {/* Plain GET forms underneath: before hydration (or without JavaScript) they reload the page with
            their inputs; each carries the other form's inputs as hidden fields. */}
        <form className="calc" method="get" action="/avios" onSubmit={submitValue} aria-label={t("plans.formLabel")} noValidate>
          <input type="hidden" name="target" value={props.initialForm.targetAvios} />
          <input type="hidden" name="deadline" value={props.initialForm.deadline} />
          <input type="hidden" name="credit" value={props.initialForm.yearlyCredit} />
          <input type="hidden" name="combos" value={props.initialForm.allowCombinations ? "1" : "0"} />
          <div className="form-row">
            <Field
              id="avios-value"
              label={t("plans.value")}
              hint={props.valuation.stored ? t("plans.valueHintStored", { cents: props.valuation.centsPerPoint }) : t("plans.valueHintFallback", { cents: props.valuation.centsPerPoint })}
              error={valueErrors.valueCentsPerAvios}
            >
              {(aria) => <input {...aria} name="value" type="number" inputMode="decimal" min={0} max={100} step={0.01} value={form.value} onChange={(e) => set("value", e.target.value)} />}
            </Field>
            <SubmitButton busy={value.busy} label={t("plans.submit")} busyLabel={t("plans.busy")} />
          </div>
          {props.valuation.stored ? (
            <Provenance label={t("plans.valuationLabel")} source={props.valuation.stored.source} effectiveFrom={props.valuation.stored.effectiveFrom} confidence={props.valuation.stored.confidence} />
          ) : null}
          <FormErrors issues={value.issues} failure={value.failure} messages={failureMessages} />
        </form>
        {/* Only one sentence is live: the plans table re-read in full helps no one. */}
        <p className="visually-hidden" role="status" data-testid="avios-plans-announcement">
          {value.busy || shownValue === null ? "" : t("plans.announce", { cents: shownValue })}
        </p>
        <div aria-busy={value.busy}>
          <PlansTable data={plans} value={shownValue} />
        </div>
      </section>
      <section aria-labelledby="target-heading" className={styles.section}>
        <h2 id="target-heading">{t("target.heading")}</h2>
        <form className="calc" method="get" action="/avios" onSubmit={submitTarget} aria-label={t("target.formLabel")} noValidate>
          <input type="hidden" name="value" value={props.initialForm.value} />
          <div className="form-row">
            <Field id="avios-target" label={t("target.targetAvios")} hint={t("target.targetHint")} error={targetErrors.targetAvios}>
              {(aria) => (
                <input {...aria} name="target" type="number" inputMode="numeric" min={1} step={1} value={form.targetAvios} onChange={(e) => set("targetAvios", e.target.value)} />
              )}
            </Field>
            <Field id="avios-deadline" label={t("target.deadline")} hint={t("target.deadlineHint", { today: props.today })} error={targetErrors.deadline}>
              {(aria) => <input {...aria} name="deadline" type="date" value={form.deadline} onChange={(e) => set("deadline", e.target.value)} />}
            </Field>
          </div>
          <Field id="avios-credit" label={t("target.credit")} hint={t("target.creditHint")} error={targetErrors.yearlyCredit}>
            {(aria) => (
              <select {...aria} name="credit" value={form.yearlyCredit} onChange={(e) => set("yearlyCredit", e.target.value === "upfront" ? "upfront" : "monthly")}>
                <option value="monthly">{t("target.creditMonthly")}</option>
                <option value="upfront">{t("target.creditUpfront")}</option>
              </select>
            )}
          </Field>
          <Check id="avios-combos" name="combos" label={t("target.combos")} checked={form.allowCombinations} onChange={(v) => set("allowCombinations", v)} error={targetErrors.allowCombinations} />
          <div>
            <SubmitButton busy={target.busy} label={t("target.submit")} busyLabel={t("target.busy")} />
          </div>
          <FormErrors issues={target.issues} failure={target.failure} messages={failureMessages} />
        </form>
        <p className="visually-hidden" role="status" data-testid="avios-collect-announcement">
          {target.busy || !collect || target.issues.length > 0
            ? ""
            : collect.best
              ? t("target.announce", { cost: usd.format(collect.best.costUsd) })
              : t("target.none", { avios: collect.targetAvios, date: day(collect.deadline) })}
        </p>
        <div aria-busy={target.busy}>
          {collect && target.issues.length === 0 ? <CollectResult data={collect} /> : null}
        </div>
      </section>
    </>
  );
}
