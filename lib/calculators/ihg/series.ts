import { pricePurchase } from "./pricing";
import type { TIhgSeriesPoint, TIhgSeriesRequest } from "./schema";
import type { IhgPurchaseRuleData } from "./types";

/**
 * Plot series: effective cents per point received against quantity bought,
 * from the minimum purchase to the annual cap (or the rule's maximum, if lower)
 * in the rule's steps. Tier edges show as steps down, the bonus threshold as a
 * drop (e.g. 10,000 -> 11,000 at a 100% bonus: 1.35 -> 0.575 cents).
 */
export function ihgPriceSeries(rule: IhgPurchaseRuleData, request: TIhgSeriesRequest): TIhgSeriesPoint[] {
  const last = Math.min(request.annualCap ?? rule.annualCap, rule.maxPurchase);
  const series: TIhgSeriesPoint[] = [];
  for (let points = rule.minPurchase; points <= last; points += rule.step) {
    const p = pricePurchase(rule, points, request.bonusPercent, request.centsPerPoint);
    series.push({
      points,
      bonusApplied: p.bonusApplied,
      totalPoints: p.totalPoints,
      centsPerPoint: p.centsPerPoint,
      costUsd: p.costUsd,
      effectiveCentsPerPoint: p.effectiveCentsPerPoint,
    });
  }
  return series;
}
