"use client";
// The /avios page's two forms: your value of an Avios (POST /api/v1/avios/subscriptions adds
// verdicts to the plans) and a target by a date (POST /api/v1/avios/plan). Both forms'
// inputs are mirrored in the URL.
import { useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { issuesByPath, postJson, type ApiIssue, type ApiResult } from "@/lib/client/api";
import type { TAviosSubscriptionsResponse } from "@/lib/calculators/avios";
import { Provenance } from "@/app/_components/provenance";
import { Check, Field } from "@/app/convert/_components/field";
import { CollectResult } from "./collect-result";
import { PLAN_URL, SUBSCRIPTIONS_URL, aviosQuery, collectRequest, valueRequest, type AviosForm } from "./params";
import { PlansTable } from "./plans-table";
import type { AviosPlanResponse, ValuationInfo } from "./types";
import styles from "./avios.module.css";

type Which = "value" | "target";

/** Loading, issues and failure state of one form, and a runner that posts and stores the answer. */
function useSubmit<T>(t: ReturnType<typeof useTranslations<"avios">>, initialIssues: ApiIssue[]) {
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState(initialIssues);
  const [failure, setFailure] = useState<string | null>(null);
  const pending = useRef<AbortController | null>(null);
  async function run(call: (signal: AbortSignal) => Promise<ApiResult<T>>, onData: (data: T) => void) {
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    setBusy(true);
    setFailure(null);
    try {
      const res = await call(controller.signal);
      if (res.ok) {
        setIssues([]);
        onData(res.data);
      } else if (res.status === 400) setIssues(res.issues);
      else setFailure(res.status === 0 ? t("errors.network") : t("errors.server", { status: res.status }));
    } catch (err) {
      if ((err as Error).name !== "AbortError") setFailure(t("errors.network"));
    } finally {
      if (pending.current === controller) setBusy(false);
    }
  }
  return { busy, issues, errors: issuesByPath(issues), failure, run };
}

function FormErrors({ issues, failure, general }: { issues: ApiIssue[]; failure: string | null; general: string }) {
  const errors = issuesByPath(issues);
  return (
    <>
      {issues.length > 0 ? (
        <p className="field-error" role="alert">
          {errors[""] ?? general}
        </p>
      ) : null}
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
    </>
  );
}

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
  const value = useSubmit<TAviosSubscriptionsResponse>(t, props.initialIssues.value);
  const target = useSubmit<AviosPlanResponse>(t, props.initialIssues.target);
  const set = <K extends keyof AviosForm>(key: K, v: AviosForm[K]) => setForm((f) => ({ ...f, [key]: v }));
  const remember = () => window.history.replaceState(null, "", `?${aviosQuery(form)}`);

  function submitValue(event: FormEvent) {
    event.preventDefault();
    remember();
    const submitted = Number(form.value);
    void value.run(
      (signal) => postJson(SUBSCRIPTIONS_URL, valueRequest(form), signal),
      (data) => {
        setPlans(data);
        setShownValue(submitted);
      },
    );
  }

  function submitTarget(event: FormEvent) {
    event.preventDefault();
    remember();
    void target.run((signal) => postJson(PLAN_URL, collectRequest(form), signal), setCollect);
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
              error={value.errors.valueCentsPerAvios}
            >
              {(aria) => <input {...aria} name="value" type="number" inputMode="decimal" min={0} max={100} step={0.01} value={form.value} onChange={(e) => set("value", e.target.value)} />}
            </Field>
            <button type="submit" disabled={value.busy} aria-busy={value.busy}>
              {value.busy ? t("plans.busy") : t("plans.submit")}
            </button>
          </div>
          {props.valuation.stored ? (
            <Provenance label={t("plans.valuationLabel")} source={props.valuation.stored.source} effectiveFrom={props.valuation.stored.effectiveFrom} confidence={props.valuation.stored.confidence} />
          ) : null}
          <FormErrors issues={value.issues} failure={value.failure} general={t("errors.general")} />
        </form>
        <div aria-live="polite" aria-busy={value.busy}>
          <PlansTable data={plans} value={shownValue} />
        </div>
      </section>
      <section aria-labelledby="target-heading" className={styles.section}>
        <h2 id="target-heading">{t("target.heading")}</h2>
        <form className="calc" method="get" action="/avios" onSubmit={submitTarget} aria-label={t("target.formLabel")} noValidate>
          <input type="hidden" name="value" value={props.initialForm.value} />
          <div className="form-row">
            <Field id="avios-target" label={t("target.targetAvios")} hint={t("target.targetHint")} error={target.errors.targetAvios}>
              {(aria) => (
                <input {...aria} name="target" type="number" inputMode="numeric" min={1} step={1} value={form.targetAvios} onChange={(e) => set("targetAvios", e.target.value)} />
              )}
            </Field>
            <Field id="avios-deadline" label={t("target.deadline")} hint={t("target.deadlineHint", { today: props.today })} error={target.errors.deadline}>
              {(aria) => <input {...aria} name="deadline" type="date" value={form.deadline} onChange={(e) => set("deadline", e.target.value)} />}
            </Field>
          </div>
          <Field id="avios-credit" label={t("target.credit")} hint={t("target.creditHint")} error={target.errors.yearlyCredit}>
            {(aria) => (
              <select {...aria} name="credit" value={form.yearlyCredit} onChange={(e) => set("yearlyCredit", e.target.value === "upfront" ? "upfront" : "monthly")}>
                <option value="monthly">{t("target.creditMonthly")}</option>
                <option value="upfront">{t("target.creditUpfront")}</option>
              </select>
            )}
          </Field>
          <Check id="avios-combos" name="combos" label={t("target.combos")} checked={form.allowCombinations} onChange={(v) => set("allowCombinations", v)} error={target.errors.allowCombinations} />
          <div>
            <button type="submit" disabled={target.busy} aria-busy={target.busy}>
              {target.busy ? t("target.busy") : t("target.submit")}
            </button>
          </div>
          <FormErrors issues={target.issues} failure={target.failure} general={t("errors.general")} />
        </form>
        <div aria-live="polite" aria-busy={target.busy}>
          {collect && target.issues.length === 0 ? <CollectResult data={collect} /> : null}
        </div>
      </section>
    </>
  );
}
