// The /ihg form's state, as the page's query string and as an API request (shared by the
// server page and the client form so a bookmarked URL reproduces the same answer).
import type { TIhgBuyPointsInput, TIhgSeriesPoint } from "@/lib/calculators/ihg";
import { firstParam as first, lastParam as last, typedNumber as num, type Query } from "@/app/_components/form/query-params";

export interface IhgForm {
  points: string;
  bonusPercent: string;
  /** "tier": the stored price tiers; "typed": the sale's quoted price in `centsPerPoint`. */
  priceMode: "tier" | "typed";
  centsPerPoint: string;
  purchasedThisYear: string;
  annualCap: string;
  cashUsd: string;
  awardPoints: string;
  onlyFullBonus: boolean;
}

/** Bonus levels IHG sales have used; anything else can be typed. */
export const BONUS_PRESETS = ["0", "25", "50", "75", "100"] as const;

/**
 * Defaults: the contract's worked example (api.md, facts §3): 20,000 points at a 100%
 * bonus and 1.0 cent, for a stay of $200 or 40,000 points.
 */
export function ihgFormFrom(query: Query, defaultCap: number): IhgForm {
  return {
    points: first(query.points) ?? "20000",
    bonusPercent: first(query.bonus) ?? "100",
    priceMode: first(query.price) === "tier" ? "tier" : "typed",
    centsPerPoint: first(query.cents) ?? "1.0",
    purchasedThisYear: first(query.bought) ?? "0",
    annualCap: first(query.cap) ?? String(defaultCap),
    cashUsd: first(query.cash) ?? (query.points === undefined ? "200" : ""),
    awardPoints: first(query.award) ?? (query.points === undefined ? "40000" : ""),
    onlyFullBonus: last(query.rule) !== "0",
  };
}

export function ihgQuery(form: IhgForm): string {
  const q = new URLSearchParams({
    points: form.points,
    bonus: form.bonusPercent,
    price: form.priceMode,
    bought: form.purchasedThisYear,
    cap: form.annualCap,
  });
  if (form.priceMode === "typed") q.set("cents", form.centsPerPoint);
  if (form.cashUsd.trim() !== "" || form.awardPoints.trim() !== "") {
    q.set("cash", form.cashUsd);
    q.set("award", form.awardPoints);
  }
  if (!form.onlyFullBonus) q.set("rule", "0");
  return q.toString();
}

/**
 * The stay is sent when either of its fields is filled, so a missing half gets its own error.
 * A typed price left empty is sent as null, never left out: left out, the API would price
 * the purchase from the tiers, silently answering a question the user did not ask.
 */
export function ihgRequest(form: IhgForm): TIhgBuyPointsInput {
  const hasStay = form.cashUsd.trim() !== "" || form.awardPoints.trim() !== "";
  const typed = form.priceMode === "typed";
  return {
    points: num(form.points) as number,
    bonusPercent: num(form.bonusPercent) as number,
    centsPerPoint: typed ? ((num(form.centsPerPoint) ?? null) as number) : undefined,
    purchasedThisYear: num(form.purchasedThisYear) ?? 0,
    annualCap: num(form.annualCap),
    stay: hasStay ? { cashUsd: num(form.cashUsd) as number, awardPoints: num(form.awardPoints) as number } : undefined,
    rules: { onlyFullBonus: form.onlyFullBonus },
  };
}

/**
 * Query string for GET /api/v1/ihg/price-series (the plot), from the same form: at the
 * typed price, or (`price: "tiers"`) at the stored tier prices, which the plot always shows.
 */
export function seriesQuery(form: IhgForm, price: "form" | "tiers" = "form"): string {
  const q = new URLSearchParams();
  if (form.bonusPercent.trim() !== "") q.set("bonusPercent", form.bonusPercent);
  if (form.annualCap.trim() !== "") q.set("annualCap", form.annualCap);
  if (price === "form" && form.priceMode === "typed" && form.centsPerPoint.trim() !== "") q.set("centsPerPoint", form.centsPerPoint);
  return q.toString();
}

/** The plot's data: at the stored tiers always, and at the typed price when one is typed. */
export interface IhgPlotData {
  tiers: TIhgSeriesPoint[];
  typed: TIhgSeriesPoint[] | null;
}

export const BUY_URL = "/api/v1/ihg/buy-points";
export const SERIES_URL = "/api/v1/ihg/price-series";
