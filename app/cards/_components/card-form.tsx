"use client";
// "Add a card": name, annual fee, fee rules ("fee X when yearly spending is above Y"),
// earn rate and a paid mileage option. Rates are typed per 100 yen, the way Japanese
// cards state them, and validated with the API's own card schema before they are added.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ZCardDefinition, type TCardDefinition } from "@/lib/calculators/cards/schema";
import { Field } from "@/app/_components/form/field";
import styles from "./cards.module.css";

type RuleDraft = { spendAboveJpy: string; annualFeeJpy: string };
export type CardDraft = {
  name: string;
  annualFeeJpy: string;
  feeRules: RuleDraft[];
  milesPer100Jpy: string;
  extraMilesPer100Jpy: string;
  optionFeeJpy: string;
};

export const EMPTY_CARD_DRAFT: CardDraft = { name: "", annualFeeJpy: "", feeRules: [], milesPer100Jpy: "1", extraMilesPer100Jpy: "0", optionFeeJpy: "0" };
const MAX_RULES = 10;

const clean = (x: number) => Number(x.toPrecision(12));
const yen = (s: string) => {
  const t = s.replace(/[,\s_]/g, "");
  return t === "" ? undefined : Number(t);
};
const per100 = (s: string) => {
  const n = yen(s);
  return n === undefined || Number.isNaN(n) ? n : clean(n / 100);
};

/** A card as the form shows it (used to copy a preset into the form). */
export function draftFromCard(card: TCardDefinition, name: string): CardDraft {
  return {
    name,
    annualFeeJpy: String(card.annualFeeJpy),
    feeRules: card.feeRules.map((r) => ({ spendAboveJpy: String(r.spendAboveJpy), annualFeeJpy: String(r.annualFeeJpy) })),
    milesPer100Jpy: String(clean(card.milesPerJpy * 100)),
    extraMilesPer100Jpy: String(clean(card.extraMilesPerJpy * 100)),
    optionFeeJpy: String(card.optionFeeJpy),
  };
}

function candidate(d: CardDraft): Record<string, unknown> {
  return {
    name: d.name,
    annualFeeJpy: yen(d.annualFeeJpy),
    feeRules: d.feeRules.map((r) => ({ spendAboveJpy: yen(r.spendAboveJpy), annualFeeJpy: yen(r.annualFeeJpy) })),
    milesPerJpy: per100(d.milesPer100Jpy),
    extraMilesPerJpy: per100(d.extraMilesPer100Jpy) ?? 0,
    optionFeeJpy: yen(d.optionFeeJpy) ?? 0,
  };
}

/** Schema path -> the input that shows it ("feeRules.0.annualFeeJpy" stays as is). */
function inputOf(path: PropertyKey[]): string {
  const key = path.map(String).join(".");
  if (key === "milesPerJpy") return "milesPer100Jpy";
  if (key === "extraMilesPerJpy") return "extraMilesPer100Jpy";
  return key;
}

export function CardForm({ initial, onAdd, disabled }: { initial: CardDraft; onAdd: (card: TCardDefinition) => void; disabled: boolean }) {
  const t = useTranslations("cards.add");
  const [draft, setDraft] = useState<CardDraft>(initial);
  const [errors, setErrors] = useState<Record<string, true>>({});

  function update(patch: Partial<CardDraft>, touched: string) {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => {
      const { [touched]: _gone, ...rest } = e;
      return rest;
    });
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCardDefinition.safeParse(candidate(draft));
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [inputOf(i.path), true])));
      return;
    }
    setErrors({});
    onAdd(parsed.data);
    setDraft(EMPTY_CARD_DRAFT);
  }

  /** Label, input, hint and inline error (the schema path's message), tied together for assistive technology. */
  const field = (key: string, label: string, hint: string | null, error: string, input: React.InputHTMLAttributes<HTMLInputElement>) => (
    <Field id={`card-${key.replace(/\./g, "-")}`} label={label} hint={hint} error={errors[key] ? error : null}>
      {(aria) => <input {...aria} {...input} />}
    </Field>
  );
  const numeric = { type: "text", inputMode: "decimal" as const, autoComplete: "off" };

  return (
    <form className={`calc ${styles.addForm}`} onSubmit={onSubmit} noValidate aria-labelledby="card-form-heading">
      <h2 id="card-form-heading" className={styles.formHeading}>
        {t("heading")}
      </h2>
      <div className={styles.grid}>
        {field("name", t("name.label"), t("name.hint"), t("errors.name"), {
          type: "text",
          maxLength: 120,
          autoComplete: "off",
          value: draft.name,
          onChange: (e) => update({ name: e.target.value }, "name"),
        })}
        {field("annualFeeJpy", t("annualFee.label"), t("annualFee.hint"), t("errors.yen"), {
          ...numeric,
          inputMode: "numeric",
          value: draft.annualFeeJpy,
          onChange: (e) => update({ annualFeeJpy: e.target.value }, "annualFeeJpy"),
        })}
        {field("milesPer100Jpy", t("milesPer100Jpy.label"), t("milesPer100Jpy.hint"), t("errors.rate"), {
          ...numeric,
          value: draft.milesPer100Jpy,
          onChange: (e) => update({ milesPer100Jpy: e.target.value }, "milesPer100Jpy"),
        })}
      </div>

      <fieldset className={styles.group}>
        <legend>{t("rules.legend")}</legend>
        <p className={styles.hint}>{t("rules.hint")}</p>
        {draft.feeRules.map((rule, i) => (
          <div key={i} className={styles.rule}>
            {field(`feeRules.${i}.spendAboveJpy`, t("rules.spendAbove", { n: i + 1 }), null, t("errors.yen"), {
              ...numeric,
              inputMode: "numeric",
              value: rule.spendAboveJpy,
              onChange: (e) =>
                update({ feeRules: draft.feeRules.map((r, j) => (j === i ? { ...r, spendAboveJpy: e.target.value } : r)) }, `feeRules.${i}.spendAboveJpy`),
            })}
            {field(`feeRules.${i}.annualFeeJpy`, t("rules.fee", { n: i + 1 }), null, t("errors.yen"), {
              ...numeric,
              inputMode: "numeric",
              value: rule.annualFeeJpy,
              onChange: (e) =>
                update({ feeRules: draft.feeRules.map((r, j) => (j === i ? { ...r, annualFeeJpy: e.target.value } : r)) }, `feeRules.${i}.annualFeeJpy`),
            })}
            <button type="button" className="secondary" onClick={() => update({ feeRules: draft.feeRules.filter((_, j) => j !== i) }, "")}>
              {t("rules.remove", { n: i + 1 })}
            </button>
          </div>
        ))}
        {draft.feeRules.length < MAX_RULES ? (
          <button type="button" className="secondary" onClick={() => update({ feeRules: [...draft.feeRules, { spendAboveJpy: "", annualFeeJpy: "" }] }, "")}>
            {t("rules.add")}
          </button>
        ) : null}
      </fieldset>

      <fieldset className={styles.group}>
        <legend>{t("option.legend")}</legend>
        <div className={styles.grid}>
          {field("extraMilesPer100Jpy", t("option.extra.label"), t("option.extra.hint"), t("errors.rate"), {
            ...numeric,
            value: draft.extraMilesPer100Jpy,
            onChange: (e) => update({ extraMilesPer100Jpy: e.target.value }, "extraMilesPer100Jpy"),
          })}
          {field("optionFeeJpy", t("option.fee.label"), t("option.fee.hint"), t("errors.yen"), {
            ...numeric,
            inputMode: "numeric",
            value: draft.optionFeeJpy,
            onChange: (e) => update({ optionFeeJpy: e.target.value }, "optionFeeJpy"),
          })}
        </div>
      </fieldset>
      <div className="form-row">
        <button type="submit" disabled={disabled}>
          {t("submit")}
        </button>
        {disabled ? <p className="warn">{t("full")}</p> : null}
      </div>
    </form>
  );
}
