// What the server page hands the client form about the stored purchase rule.
import type { IhgPriceTier, IhgBonusRule } from "@/lib/calculators/ihg";

export interface RuleSummary {
  tiers: IhgPriceTier[];
  bonusRules: IhgBonusRule[];
  annualCap: number;
  raisedCaps: number[];
  minPurchase: number;
  maxPurchase: number;
  step: number;
  fullBonus: number;
  source: string;
  effectiveFrom: string;
  confidence: string;
}
