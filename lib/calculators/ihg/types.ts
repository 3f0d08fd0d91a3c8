/**
 * Plain-data inputs of the IHG buy-points calculator, from `IhgPurchaseRule`
 * (+ `IhgPriceTier`) rows via `from-rows.ts`. No price, cap or threshold lives in code.
 */

export interface Message {
  code: string;
  en: string;
  ja: string;
}

/** Price of a purchase whose quantity (before bonus) falls in minPoints..maxPoints (null: no upper edge). */
export interface IhgPriceTier {
  minPoints: number;
  maxPoints: number | null;
  centsPerPoint: number;
}

/** A sale's bonus level and the smallest purchase (before bonus) that earns it. */
export interface IhgBonusRule {
  bonusPercent: number;
  minPoints: number;
}

export interface IhgPurchaseRuleData {
  effectiveFrom: string;
  /** Points a member may buy per calendar year (bonus points not counted). */
  annualCap: number;
  /** Caps IHG has offered in some sales, for some accounts. */
  raisedCaps: number[];
  bonusRules: IhgBonusRule[];
  minPurchase: number;
  maxPurchase: number;
  /** Purchases come in multiples of this many points. */
  step: number;
  tiers: IhgPriceTier[];
  source: string;
  confidence: string;
  notes: string | null;
}
