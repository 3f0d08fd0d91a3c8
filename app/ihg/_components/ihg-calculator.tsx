"use client";
// The /ihg form: a points purchase posted to the public API (POST /api/v1/ihg/buy-points),
// the plot's series from GET /api/v1/ihg/price-series; inputs mirrored in the URL.
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { postJson, type ApiIssue } from "@/lib/client/api";
import { tierFor, type TIhgBuyPointsResponse, type TIhgSeriesPoint, type TIhgSeriesResponse } from "@/lib/calculators/ihg";
import { Check, Field, Radio } from "@/app/_components/form/field";
import { FormErrors, catalogueFailureMessages } from "@/app/_components/form/form-errors";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { useApiSubmit } from "@/app/_components/form/use-api-submit";
import { messagesByPath } from "@/app/_components/form/issue-messages";
import { ihgFieldMessages } from "./ihg-errors";
import { BONUS_PRESETS, BUY_URL, SERIES_URL, ihgQuery, ihgRequest, seriesQuery, type IhgForm, type IhgPlotData } from "./params";
import { IhgResult } from "./ihg-result";
import type { RuleSummary } from "./types";
import styles from "./ihg.module.css";

async function getSeries(query: string, signal: AbortSignal): Promise<TIhgSeriesPoint[] | null> {
  try {
    const res = await fetch(`${SERIES_URL}?${query}`, { signal });
    return res.ok ? ((await res.json()) as TIhgSeriesResponse).series : null;
  } catch (err) {
    if ((err as Error).name === "AbortError") throw err;
    return null;
  }
}

export function IhgCalculator(props: {
  initialForm: IhgForm;
  initialResult: TIhgBuyPointsResponse | null;
  initialIssues: ApiIssue[];
  initialSeries: IhgPlotData;
  rule: RuleSummary;
}) {
  const t = useTranslations("ihg");
  const { rule } = props;
  const [form, setForm] = useState(props.initialForm);
  const [result, setResult] = useState(props.initialResult);
  const [series, setSeries] = useState(props.initialSeries);
  // The form as last calculated: the plot and result describe it, not half-typed edits.
  const [shown, setShown] = useState(props.initialForm);
  const submission = useApiSubmit(props.initialIssues);
  const [otherBonus, setOtherBonus] = useState(!(BONUS_PRESETS as readonly string[]).includes(props.initialForm.bonusPercent));
  const errors = messagesByPath(submission.issues, ihgFieldMessages(t, rule));
  const set = <K extends keyof IhgForm>(key: K, value: IhgForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const caps = [...new Set([rule.annualCap, ...rule.raisedCaps, Number(form.annualCap)])].filter((c) => Number.isInteger(c) && c > 0).sort((a, b) => a - b);
  const pointsNumber = Number(form.points);
  const tier = Number.isInteger(pointsNumber) && pointsNumber > 0 ? tierFor(rule.tiers, pointsNumber) : null;
  const fullThreshold = rule.bonusRules.find((b) => b.bonusPercent === rule.fullBonus)?.minPoints ?? rule.minPurchase;
  const range = (min: number, max: number | null) => (max === null ? t("form.tierOpen", { min }) : t("form.tierRange", { min, max }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const submitted = form;
    const typed = submitted.priceMode === "typed";
    void submission.run(
      async (signal) => {
        const [res, tiers, typedSeries] = await Promise.all([
          postJson<TIhgBuyPointsResponse>(BUY_URL, ihgRequest(submitted), signal),
          getSeries(seriesQuery(submitted, "tiers"), signal),
          typed ? getSeries(seriesQuery(submitted), signal) : Promise.resolve(null),
        ]);
        window.history.replaceState(null, "", `?${ihgQuery(submitted)}`);
        return res.ok ? { ok: true as const, data: { result: res.data, tiers, typed: typedSeries } } : res;
      },
      {
        onData: (data) => {
          setResult(data.result);
          setShown(submitted);
          if (data.tiers) setSeries({ tiers: data.tiers, typed: typed ? data.typed : null });
        },
        onInvalid: () => setResult(null),
      },
    );
  }

  return (
    <>
      {/* A plain GET form underneath: before hydration (or without JavaScript) it still reloads the page with these inputs. */}
      <form className="calc" method="get" action="/ihg" onSubmit={submit} aria-label={t("form.label")} noValidate>
        <div className="form-row">
          <Field
            id="ihg-points"
            label={t("form.points")}
            hint={t("form.pointsHint", { step: rule.step, min: rule.minPurchase, max: rule.maxPurchase })}
            error={errors.points}
          >
            {(aria) => (
              <input {...aria} name="points" type="number" inputMode="numeric" min={rule.minPurchase} max={rule.maxPurchase} step={rule.step} value={form.points} onChange={(e) => set("points", e.target.value)} />
            )}
          </Field>
          <Field id="ihg-bonus" label={t("form.bonus")} hint={t("form.bonusHint", { min: fullThreshold })} error={otherBonus ? undefined : errors.bonusPercent}>
            {(aria) => (
              <select
                {...aria}
                name={otherBonus ? undefined : "bonus"}
                value={otherBonus ? "other" : form.bonusPercent}
                onChange={(e) => {
                  const other = e.target.value === "other";
                  setOtherBonus(other);
                  if (!other) set("bonusPercent", e.target.value);
                }}
              >
                {BONUS_PRESETS.map((p) => (
                  <option key={p} value={p}>
                    {p === "0" ? t("form.bonusNone") : t("form.bonusOption", { percent: Number(p) })}
                  </option>
                ))}
                <option value="other">{t("form.bonusOther")}</option>
              </select>
            )}
          </Field>
          {otherBonus ? (
            <Field id="ihg-bonus-typed" label={t("form.bonusTyped")} error={errors.bonusPercent}>
              {(aria) => (
                <input {...aria} name="bonus" type="number" inputMode="numeric" min={0} max={100} step={1} value={form.bonusPercent} onChange={(e) => set("bonusPercent", e.target.value)} />
              )}
            </Field>
          ) : null}
        </div>
        <fieldset className={`field ${styles.group}`}>
          <legend>{t("form.priceLegend")}</legend>
          <div className={styles.choices}>
            {(["tier", "typed"] as const).map((mode) => (
              <Radio key={mode} name="price" value={mode} checked={form.priceMode === mode} onChange={() => set("priceMode", mode)}>
                {mode === "tier" ? t("form.priceTier") : t("form.priceTyped")}
              </Radio>
            ))}
          </div>
          {form.priceMode === "typed" ? (
            <div className="form-row">
              <Field id="ihg-cents" label={t("form.cents")} error={errors.centsPerPoint}>
                {(aria) => (
                  <input {...aria} name="cents" type="number" inputMode="decimal" min={0} max={10} step={0.01} value={form.centsPerPoint} onChange={(e) => set("centsPerPoint", e.target.value)} />
                )}
              </Field>
            </div>
          ) : null}
          {tier ? (
            <span className="hint" data-testid="tier-hint">
              {t("form.tierHint", { points: pointsNumber, cents: tier.centsPerPoint, range: range(tier.minPoints, tier.maxPoints) })}
            </span>
          ) : null}
        </fieldset>
        <div className="form-row">
          <Field id="ihg-bought" label={t("form.bought")} hint={t("form.boughtHint")} error={errors.purchasedThisYear}>
            {(aria) => (
              <input {...aria} name="bought" type="number" inputMode="numeric" min={0} step={rule.step} value={form.purchasedThisYear} onChange={(e) => set("purchasedThisYear", e.target.value)} />
            )}
          </Field>
          <Field id="ihg-cap" label={t("form.cap")} hint={t("form.capHint")} error={errors.annualCap}>
            {(aria) => (
              <select {...aria} name="cap" value={form.annualCap} onChange={(e) => set("annualCap", e.target.value)}>
                {caps.map((c) => (
                  <option key={c} value={String(c)}>
                    {c === rule.annualCap ? t("form.capUsual", { cap: c }) : t("form.capRaised", { cap: c })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <fieldset className={`field ${styles.group}`} aria-describedby="ihg-stay-hint">
          <legend>{t("form.stayLegend")}</legend>
          <span className="hint" id="ihg-stay-hint">
            {t("form.stayHint")}
          </span>
          <div className="form-row">
            <Field id="ihg-cash" label={t("form.cash")} error={errors["stay.cashUsd"] ?? errors.stay}>
              {(aria) => (
                <input {...aria} name="cash" type="number" inputMode="decimal" min={0} step={0.01} value={form.cashUsd} onChange={(e) => set("cashUsd", e.target.value)} />
              )}
            </Field>
            <Field id="ihg-award" label={t("form.award")} error={errors["stay.awardPoints"]}>
              {(aria) => (
                <input {...aria} name="award" type="number" inputMode="numeric" min={1} step={1} value={form.awardPoints} onChange={(e) => set("awardPoints", e.target.value)} />
              )}
            </Field>
          </div>
        </fieldset>
        <Check
          id="ihg-rule"
          name="rule"
          label={t("form.rule", { full: rule.fullBonus })}
          hint={t("form.ruleHint")}
          checked={form.onlyFullBonus}
          onChange={(v) => set("onlyFullBonus", v)}
          error={errors["rules.onlyFullBonus"]}
        />
        <div>
          <SubmitButton busy={submission.busy} label={t("form.submit")} busyLabel={t("form.busy")} />
        </div>
        <FormErrors
          issues={submission.issues}
          failure={submission.failure}
          messages={catalogueFailureMessages(t)}
        />
      </form>
      {/* Only the verdict is live: the reasons, stay and plot re-read in full help no one. */}
      <p className="visually-hidden" role="status" data-testid="ihg-announcement">
        {submission.busy || !result ? "" : `${t("result.verdictLabel")} ${result.verdict === "buy" ? t("result.buy") : t("result.skip")}`}
      </p>
      <section aria-busy={submission.busy} aria-labelledby="ihg-result-heading">
        <h2 id="ihg-result-heading">{t("result.heading")}</h2>
        {result ? <IhgResult data={result} form={shown} series={series} rule={rule} /> : null}
      </section>
    </>
  );
}
