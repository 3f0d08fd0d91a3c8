/** Plain-data inputs of the Avios subscription calculator (`AviosPlan` rows via `from-rows.ts`). */

export interface Message {
  code: string;
  en: string;
  ja: string;
}

export interface AviosPlanData {
  name: string;
  /** Prices in whole US cents, as stored. */
  monthlyUsdCents: number;
  yearlyUsdCents: number;
  aviosPerMonth: number;
  aviosPerYear: number;
  effectiveFrom: string;
  source: string;
  confidence: string;
}

export type Billing = "monthly" | "yearly";

/** One way to pay for Avios: a plan with a billing period. */
export interface AviosKind {
  plan: string;
  billing: Billing;
  /** Price of one billing period, whole US cents. */
  usdCents: number;
  /** Avios for one billing period. */
  avios: number;
  /** Length of one billing period in months (1 or 12). */
  months: number;
}

export function aviosKinds(plans: readonly AviosPlanData[]): AviosKind[] {
  return plans.flatMap((p): AviosKind[] => [
    { plan: p.name, billing: "monthly", usdCents: p.monthlyUsdCents, avios: p.aviosPerMonth, months: 1 },
    { plan: p.name, billing: "yearly", usdCents: p.yearlyUsdCents, avios: p.aviosPerYear, months: 12 },
  ]);
}
