"use client";
// The /convert form: points -> miles (quote) or miles -> points (reverse), posted to the
// public API; inputs mirrored in the URL so a result can be bookmarked and shared.
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { postJson, type ApiIssue, type ApiResult } from "@/lib/client/api";
import type { TConversionQuoteResponse, TPointsForMilesResponse } from "@/lib/calculators/conversions";
import { Check, Field, Radio } from "@/app/_components/form/field";
import { FormErrors, catalogueFailureMessages } from "@/app/_components/form/form-errors";
import { messagesByPath } from "@/app/_components/form/issue-messages";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { useApiSubmit } from "@/app/_components/form/use-api-submit";
import { convertFieldMessages } from "./convert-errors";
import { QUOTE_URL, REVERSE_URL, convertQuery, quoteRequest, reverseRequest, type ConvertForm } from "./params";
import { QuoteResult } from "./quote-result";
import { ReverseResult } from "./reverse-result";
import styles from "./convert.module.css";

export type RouteOption = { code: string; name: string; pointsPerUnit: number; milesPerUnit: number };

export type ConvertOutcome =
  | { kind: "quote"; data: TConversionQuoteResponse }
  | { kind: "reverse"; data: TPointsForMilesResponse }
  | null;

export function ConvertCalculator(props: {
  initialForm: ConvertForm;
  initialOutcome: ConvertOutcome;
  initialIssues: ApiIssue[];
  routes: RouteOption[];
  today: string;
}) {
  const t = useTranslations("convert");
  const [form, setForm] = useState(props.initialForm);
  const [outcome, setOutcome] = useState<ConvertOutcome>(props.initialOutcome);
  const submission = useApiSubmit(props.initialIssues);
  const errors = messagesByPath(submission.issues, convertFieldMessages(t));
  const route = props.routes.find((r) => r.code === form.route) ?? props.routes[0];
  const set = <K extends keyof ConvertForm>(key: K, value: ConvertForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const submitted = form;
    // The URL follows every answer, valid or not, so a shared link shows the same page.
    async function remember<T>(answer: Promise<ApiResult<T>>) {
      const res = await answer;
      window.history.replaceState(null, "", `?${convertQuery(submitted)}`);
      return res;
    }
    const onInvalid = () => setOutcome(null);
    if (submitted.mode === "quote") {
      void submission.run((signal) => remember(postJson<TConversionQuoteResponse>(QUOTE_URL, quoteRequest(submitted), signal)), {
        onData: (data) => setOutcome({ kind: "quote", data }),
        onInvalid,
      });
    } else {
      void submission.run((signal) => remember(postJson<TPointsForMilesResponse>(REVERSE_URL, reverseRequest(submitted), signal)), {
        onData: (data) => setOutcome({ kind: "reverse", data }),
        onInvalid,
      });
    }
  }

  const amountField =
    form.mode === "quote" ? (
      <Field id="convert-points" label={t("form.points")} hint={t("form.pointsHint", { unit: route?.pointsPerUnit ?? 1 })} error={errors.points}>
        {(aria) => (
          <input {...aria} name="points" type="number" inputMode="numeric" min={0} step={1} value={form.points} onChange={(e) => set("points", e.target.value)} />
        )}
      </Field>
    ) : (
      <Field id="convert-miles" label={t("form.miles")} hint={t("form.milesHint")} error={errors.miles}>
        {(aria) => <input {...aria} name="miles" type="number" inputMode="numeric" min={0} step={1} value={form.miles} onChange={(e) => set("miles", e.target.value)} />}
      </Field>
    );

  return (
    <>
      {/* A plain GET form underneath: before hydration (or without JavaScript) it still reloads the page with these inputs. */}
      <form className="calc" method="get" action="/convert" onSubmit={submit} aria-label={t("form.label")} noValidate>
        <fieldset className={`field ${styles.choices}`}>
          <legend>{t("form.modeLegend")}</legend>
          {(["quote", "reverse"] as const).map((mode) => (
            <Radio key={mode} name="mode" value={mode} checked={form.mode === mode} onChange={() => set("mode", mode)}>
              {mode === "quote" ? t("form.modeQuote") : t("form.modeReverse")}
            </Radio>
          ))}
        </fieldset>
        <fieldset className={`field ${styles.choices}`} aria-describedby={errors.route ? "convert-route-error" : undefined}>
          <legend>{t("form.routeLegend")}</legend>
          {props.routes.map((r) => (
            <Radio key={r.code} name="route" value={r.code} checked={form.route === r.code} onChange={() => set("route", r.code)}>
              <span>
                {r.name} <span className="muted">{t("form.routeRateNote", { rate: t("form.routeRate", { points: r.pointsPerUnit, miles: r.milesPerUnit }) })}</span>
              </span>
            </Radio>
          ))}
          {errors.route ? (
            <span className="field-error" id="convert-route-error">
              {errors.route}
            </span>
          ) : null}
        </fieldset>
        <div className="form-row">
          {amountField}
          <Field id="convert-date" label={t("form.date")} hint={t("form.dateHint", { today: props.today })} error={errors.date}>
            {(aria) => <input {...aria} name="date" type="date" value={form.date} onChange={(e) => set("date", e.target.value)} />}
          </Field>
        </div>
        <Check id="convert-entry" name="entry" label={t("form.entry")} hint={t("form.entryHint")} checked={form.campaignEntry} onChange={(v) => set("campaignEntry", v)} error={errors.campaignEntry} />
        <Check id="convert-eligible" name="eligible" label={t("form.eligible")} hint={t("form.eligibleHint")} checked={form.eligible} onChange={(v) => set("eligible", v)} error={errors.eligible} />
        <div>
          <SubmitButton busy={submission.busy} label={t("form.submit")} busyLabel={t("form.busy")} />
        </div>
        <FormErrors
          issues={submission.issues}
          failure={submission.failure}
          messages={catalogueFailureMessages(t)}
        />
      </form>
      {/* Only this one sentence is live: the whole result (tables, timeline, plot) re-read in full helps no one. */}
      <p className="visually-hidden" role="status" data-testid="convert-announcement">
        {submission.busy || !outcome
          ? ""
          : outcome.kind === "quote"
            ? t("result.announce", { points: outcome.data.pointsUsed + outcome.data.pointsLeft, miles: outcome.data.totalMiles })
            : t("reverse.announce", { points: outcome.data.pointsNeeded, miles: outcome.data.miles })}
      </p>
      <section aria-busy={submission.busy} aria-labelledby="convert-result-heading">
        <h2 id="convert-result-heading">{t("result.heading")}</h2>
        {outcome?.kind === "quote" ? <QuoteResult data={outcome.data} /> : null}
        {outcome?.kind === "reverse" ? <ReverseResult data={outcome.data} /> : null}
      </section>
    </>
  );
}
