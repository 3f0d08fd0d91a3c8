// The /kiva form as the user types it (strings), and its two translations: to the API
// request (POST /api/v1/kiva/simulate) and to/from the URL query, which uses the API's
// own field names so that a bookmarked page and an embed read the same parameters.
// Pure: used by the server page (initial result) and the client form.
import type { TKivaSimulateRequestInput } from "@/lib/calculators/kiva/schema";
import { firstParam, type Query } from "@/app/_components/form/query-params";

export type RateUnit = "jpy" | "usd";

export type KivaForm = {
  loanUsd: string;
  loans: string;
  termMonths: string;
  /** "jpy": miles per 100 yen (the way Japanese cards state it); "usd": miles per US dollar. */
  rateUnit: RateUnit;
  rate: string;
  fxCostPercent: string;
  usdJpy: string;
  /** Percent in the form, a 0..1 share in the API. */
  repaymentPercent: string;
  years: string;
  relend: boolean;
};

/**
 * The seed's example (seed 5: two loans of 30 USD over 8 months, January 2024), paid
 * by a card earning 1 mile per 100 yen with a 1.63% conversion cost (typical of
 * Japanese Visa/Mastercard cards); 157.58 yen/USD from the seed's "30 USD ≈ 4,727.5
 * yen". 96% repayment is api.md's example, close to Kiva's published record.
 */
export const DEFAULT_KIVA_FORM: KivaForm = {
  loanUsd: "30",
  loans: "2",
  termMonths: "8",
  rateUnit: "jpy",
  rate: "1",
  fxCostPercent: "1.63",
  usdJpy: "157.58",
  repaymentPercent: "96",
  years: "1",
  relend: true,
};

/** Form field that shows an API issue, by the first path segment. */
export const FIELD_OF_PATH: Record<string, keyof KivaForm> = {
  loanUsd: "loanUsd",
  loans: "loans",
  termMonths: "termMonths",
  milesPerJpy: "rate",
  milesPerUsd: "rate",
  fxCostPercent: "fxCostPercent",
  usdJpy: "usdJpy",
  repaymentRate: "repaymentPercent",
  years: "years",
  relend: "relend",
};

/** Removes binary noise from a scaled value (0.0145 x 100 = 1.4500000000000002). */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * A typed number for the API. An empty field is sent as null, not left out, so that it
 * is reported next to its input instead of silently taking the API's default (years: 1).
 */
function num(s: string): number {
  return (s.trim() === "" ? null : Number(s)) as number;
}

/** Scales a typed number, passing through what is not a number for the API to report. */
function scaled(s: string, factor: number): number {
  const n = num(s);
  return n === null || Number.isNaN(n) ? n : clean(n * factor);
}

export function requestFromForm(f: KivaForm): TKivaSimulateRequestInput {
  const rate = f.rateUnit === "jpy" ? { milesPerJpy: scaled(f.rate, 1 / 100) } : { milesPerUsd: num(f.rate) };
  return {
    loanUsd: num(f.loanUsd),
    loans: num(f.loans),
    termMonths: num(f.termMonths),
    ...rate,
    fxCostPercent: num(f.fxCostPercent),
    usdJpy: num(f.usdJpy),
    repaymentRate: scaled(f.repaymentPercent, 1 / 100),
    years: num(f.years),
    relend: f.relend,
  };
}

const first = (params: Query, key: string) => firstParam(params[key], 32);

function scaledText(s: string, factor: number): string {
  const n = Number(s);
  return s.trim() !== "" && Number.isFinite(n) ? String(clean(n * factor)) : s;
}

/**
 * The form a URL query describes; missing values fall back to the defaults. Besides the
 * API's names it reads the form's own (rateUnit + rate, repaymentPercent), which a
 * submit without JavaScript (or before the page has hydrated) puts in the URL.
 */
export function formFromParams(params: Query, d: KivaForm = DEFAULT_KIVA_FORM): KivaForm {
  const perUsd = first(params, "milesPerUsd");
  const perJpy = first(params, "milesPerJpy");
  const typedRate = first(params, "rate");
  const relend = first(params, "relend");
  const repayment = first(params, "repaymentRate");
  const repaymentPercent = first(params, "repaymentPercent");
  const rate: Pick<KivaForm, "rateUnit" | "rate"> =
    typedRate !== undefined
      ? { rateUnit: first(params, "rateUnit") === "usd" ? "usd" : "jpy", rate: typedRate }
      : perUsd !== undefined && perJpy === undefined
        ? { rateUnit: "usd", rate: perUsd }
        : { rateUnit: "jpy", rate: perJpy !== undefined ? scaledText(perJpy, 100) : d.rate };
  return {
    loanUsd: first(params, "loanUsd") ?? d.loanUsd,
    loans: first(params, "loans") ?? d.loans,
    termMonths: first(params, "termMonths") ?? d.termMonths,
    ...rate,
    fxCostPercent: first(params, "fxCostPercent") ?? d.fxCostPercent,
    usdJpy: first(params, "usdJpy") ?? d.usdJpy,
    repaymentPercent: repaymentPercent ?? (repayment !== undefined ? scaledText(repayment, 100) : d.repaymentPercent),
    years: first(params, "years") ?? d.years,
    // The form sends relend=true (checkbox) followed by relend=false (hidden input), so
    // the first value is the box's state.
    relend: relend === undefined ? d.relend : relend === "true" || relend === "1",
  };
}

/** The URL query for a form (API field names), keeping unrelated parameters such as lang. */
export function paramsFromForm(f: KivaForm, keep: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(keep);
  const names = ["loanUsd", "loans", "termMonths", "milesPerJpy", "milesPerUsd", "rateUnit", "rate", "fxCostPercent", "usdJpy", "repaymentRate", "repaymentPercent", "years", "relend"];
  for (const k of names) {
    out.delete(k);
  }
  out.set("loanUsd", f.loanUsd);
  out.set("loans", f.loans);
  out.set("termMonths", f.termMonths);
  if (f.rateUnit === "jpy") out.set("milesPerJpy", scaledText(f.rate, 1 / 100));
  else out.set("milesPerUsd", f.rate);
  out.set("fxCostPercent", f.fxCostPercent);
  out.set("usdJpy", f.usdJpy);
  out.set("repaymentRate", scaledText(f.repaymentPercent, 1 / 100));
  out.set("years", f.years);
  out.set("relend", String(f.relend));
  return out;
}
