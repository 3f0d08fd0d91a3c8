// The /avios forms' state (your value of an Avios; a target by a date), as the page's query
// string and as API requests, shared by the server page and the client forms.
import { addMonths } from "@/lib/calculators/conversions";
import type { TAviosCollectInput } from "@/lib/calculators/avios";

export interface AviosForm {
  value: string;
  targetAvios: string;
  deadline: string;
  yearlyCredit: "monthly" | "upfront";
  allowCombinations: boolean;
}

type Query = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, 40);
/** Checkboxes post a hidden "0" then, when ticked, "1": the last value is the box's state. */
const last = (v: string | string[] | undefined) => (Array.isArray(v) ? v.at(-1) : v)?.slice(0, 40);

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

const num = (s: string) => (s.trim() === "" ? undefined : Number(s));

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
