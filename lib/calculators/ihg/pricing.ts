import type { IhgPriceTier, IhgPurchaseRuleData } from "./types";

/**
 * Tier price for a purchase of `points` (before bonus). IHG prices the WHOLE
 * purchase at the tier its quantity falls in (not marginally like tax bands):
 * 20,000 points cost 20,000 x 1.15 cents. A quantity in a gap between tiers
 * takes the highest tier starting at or below it.
 */
export function tierFor(tiers: readonly IhgPriceTier[], points: number): IhgPriceTier {
  const sorted = [...tiers].sort((a, b) => a.minPoints - b.minPoints);
  const inside = sorted.find((t) => points >= t.minPoints && (t.maxPoints === null || points <= t.maxPoints));
  const below = sorted.filter((t) => t.minPoints <= points).at(-1);
  const tier = inside ?? below ?? sorted[0];
  if (!tier) throw new RangeError("The purchase rule has no price tiers.");
  return tier;
}

/** Minimum purchase for `bonusPercent`, and whether the rule stores one (else: assumed any purchase qualifies). */
export function bonusThreshold(rule: IhgPurchaseRuleData, bonusPercent: number): { minPoints: number; stored: boolean } {
  const match = rule.bonusRules.find((r) => r.bonusPercent === bonusPercent);
  return match ? { minPoints: match.minPoints, stored: true } : { minPoints: rule.minPurchase, stored: false };
}

/** The largest bonus IHG is known to run (seeds 6 and 9: 100%); the rule of thumb's "full" bonus. */
export function fullBonusPercent(rule: IhgPurchaseRuleData): number {
  return Math.max(0, ...rule.bonusRules.map((r) => r.bonusPercent));
}

export interface PricedPurchase {
  points: number;
  centsPerPoint: number;
  bonusApplied: boolean;
  bonusPoints: number;
  totalPoints: number;
  /** Whole US cents: IHG charges a card in cents, so the cost is rounded to the nearest cent once, here. */
  costCents: number;
  costUsd: number;
  /** Cost per point received (bought + bonus), rounded to 4 decimals for display. */
  effectiveCentsPerPoint: number;
}

export const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
export const centsToUsd = (cents: number) => cents / 100;

/**
 * Price `points` at `bonusPercent`. The bonus needs the stored minimum purchase;
 * bonus points are floored to whole points (IHG credits whole points).
 * `centsPerPoint` overrides the tier price (e.g. a sale's quoted price).
 */
export function pricePurchase(
  rule: IhgPurchaseRuleData,
  points: number,
  bonusPercent: number,
  centsPerPoint?: number,
): PricedPurchase {
  const price = centsPerPoint ?? tierFor(rule.tiers, points).centsPerPoint;
  const bonusApplied = bonusPercent > 0 && points >= bonusThreshold(rule, bonusPercent).minPoints;
  const bonusPoints = bonusApplied ? Math.floor((points * bonusPercent) / 100) : 0;
  const totalPoints = points + bonusPoints;
  const costCents = Math.round(points * price);
  return {
    points,
    centsPerPoint: price,
    bonusApplied,
    bonusPoints,
    totalPoints,
    costCents,
    costUsd: centsToUsd(costCents),
    effectiveCentsPerPoint: totalPoints > 0 ? round4(costCents / totalPoints) : 0,
  };
}
