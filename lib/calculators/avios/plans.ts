import type { TAviosPlanFigures, TAviosSubscriptionsResponse } from "./schema";
import type { AviosPlanData, Message } from "./types";

/** 4 decimals, as api.md shows (2900 / 1667 = 1.7397). */
export const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const round1 = (x: number) => Math.round(x * 10) / 10;

/** US cents per Avios of one billing period, 4 decimals (scaled first so 306900/200000 rounds to 1.5345 exactly). */
export const centsPerAvios = (usdCents: number, avios: number) => Math.round((usdCents * 10_000) / avios) / 10_000;

function billingVerdict(plan: string, billing: "monthly" | "yearly", usdCents: number, avios: number, value: number) {
  const price = centsPerAvios(usdCents, avios);
  // Exact test on unrounded numbers: price per Avios <= the user's value.
  const worthIt = usdCents <= value * avios;
  const billingJa = billing === "monthly" ? "月払い" : "年払い";
  const reason: Message = worthIt
    ? {
        code: "avios.worthIt",
        en: `${plan} ${billing} costs ${price} cents per Avios, no more than your ${value}-cent value.`,
        ja: `${plan}（${billingJa}）は1Aviosあたり${price}セントで、あなたの評価額${value}セント以下です。`,
      }
    : {
        code: "avios.tooExpensive",
        en: `${plan} ${billing} costs ${price} cents per Avios, more than your ${value}-cent value.`,
        ja: `${plan}（${billingJa}）は1Aviosあたり${price}セントで、あなたの評価額${value}セントを上回ります。`,
      };
  return { verdict: worthIt ? ("buy" as const) : ("skip" as const), worthIt, marginCentsPerAvios: round4(value - usdCents / avios), reason };
}

/**
 * Every plan's prices and cents per Avios (GET /api/v1/avios/subscriptions);
 * with `valueCentsPerAvios` (POST) each plan also gets a verdict per billing.
 *
 * @example aviosSubscriptions(plans).plans[0] // { name: "Voyager", centsPerAviosMonthly: 1.7397, centsPerAviosYearly: 1.575, ... }
 */
export function aviosSubscriptions(
  plans: readonly AviosPlanData[],
  options: { valueCentsPerAvios?: number } = {},
): TAviosSubscriptionsResponse {
  return {
    plans: plans.map((p): TAviosPlanFigures => {
      const figures: TAviosPlanFigures = {
        name: p.name,
        monthlyUsd: p.monthlyUsdCents / 100,
        yearlyUsd: p.yearlyUsdCents / 100,
        aviosPerMonth: p.aviosPerMonth,
        aviosPerYear: p.aviosPerYear,
        centsPerAviosMonthly: centsPerAvios(p.monthlyUsdCents, p.aviosPerMonth),
        centsPerAviosYearly: centsPerAvios(p.yearlyUsdCents, p.aviosPerYear),
        // The seed says "about 20%"; the stored prices give 9-15%, shown as computed.
        yearlySavingPercent: round1(100 * (1 - p.yearlyUsdCents / (12 * p.monthlyUsdCents))),
        effectiveFrom: p.effectiveFrom,
        source: p.source,
        confidence: p.confidence,
      };
      const value = options.valueCentsPerAvios;
      if (value !== undefined) {
        figures.verdict = {
          monthly: billingVerdict(p.name, "monthly", p.monthlyUsdCents, p.aviosPerMonth, value),
          yearly: billingVerdict(p.name, "yearly", p.yearlyUsdCents, p.aviosPerYear, value),
        };
      }
      return figures;
    }),
  };
}
