/**
 * IHG One Rewards: is buying points worth it? (facts §3, seeds 6 and 9)
 * Pure: price tiers, bonus thresholds and caps come in as data (`from-rows.ts`).
 *
 * @example
 * import { ZIhgBuyPointsRequest, buyPoints, ihgRuleFromRow } from "@/lib/calculators/ihg";
 * const rule = ihgRuleFromRow(row);
 * const req = ZIhgBuyPointsRequest.parse({ points: 20000, bonusPercent: 100, centsPerPoint: 1.0,
 *   stay: { cashUsd: 200, awardPoints: 40000 } });
 * buyPoints(req, rule);
 * // { bonusApplied: true, bonusPoints: 20000, totalPoints: 40000, costUsd: 200,
 * //   effectiveCentsPerPoint: 0.5, withinAnnualCap: true, verdict: "buy", ... }
 *
 * @example
 * ihgPriceSeries(rule, { bonusPercent: 100 }) // [{ points: 1000, effectiveCentsPerPoint: 1.35, ... }, ...]
 */
export { buyPoints } from "./buy-points";
export { ihgPriceSeries } from "./series";
export { pricePurchase, tierFor, bonusThreshold, fullBonusPercent } from "./pricing";
export type { PricedPurchase } from "./pricing";
export { ihgRuleFromRow, ihgRuleOn } from "./from-rows";
export type { IhgPurchaseRuleRow } from "./from-rows";
export * from "./schema";
export * from "./types";
