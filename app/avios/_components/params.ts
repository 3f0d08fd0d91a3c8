// The /avios forms' state (your value of an Avios; a target by a date), as the page's query
// string and as API requests, shared by the server page and the client forms.
import { addMonths } from "@/lib/calculators/conversions";
import type { TAviosCollectInput } from "@/lib/calculators/avios";
import { firstParam as first, lastParam as last, typedNumber as num, type Query } from "@/app/_components/form/query-params";

export interface AviosForm {
  value: string;
  targetAvios: string;
  deadline: string;
  yearlyCredit: "monthly" | "upfront";
  allowCombinations: boolean;
}

/** Defaults: the user's stored value of an Avios, and 20,000 Avios (one Voyager year) within a year. */
export function aviosFormFrom(query: Query, today: string, defaultValue: number): AviosForm {
  return {
    value: first(query.value) ?? String(defaultValue),
    targetAvios: first(query.target) ?? "20000",
    deadline: first(query.deadline) ?? addMonths(today, 12),
    yearlyCredit: first(query.credit) === "upfront" ? "upfront" : "monthly",
    allowCombinations: last(query.combos) !== "0",
  };
}

export function aviosQuery(form: AviosForm): string {
  const q = new URLSearchParams({ value: form.value, target: form.targetAvios, deadline: form.deadline, credit: form.yearlyCredit });
  if (!form.allowCombinations) q.set("combos", "0");
  return q.toString();
}

export function valueRequest(form: AviosForm): { valueCentsPerAvios: number } {
  return { valueCentsPerAvios: num(form.value) as number };
}

export function collectRequest(form: AviosForm): TAviosCollectInput {
  return {
    targetAvios: num(form.targetAvios) as number,
    deadline: form.deadline,
    yearlyCredit: form.yearlyCredit,
    allowCombinations: form.allowCombinations,
  };
}

export const SUBSCRIPTIONS_URL = "/api/v1/avios/subscriptions";
export const PLAN_URL = "/api/v1/avios/plan";
