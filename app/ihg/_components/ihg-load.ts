import "server-only";
// The IHG calculator's first answer, computed on the server from the URL and the
// purchase rule in force today: shared by /ihg (IhgSection) and /embed/ihg (its island).
import { fullBonusPercent } from "@/lib/calculators/ihg";
import { todayInJapan } from "@/lib/calculators/conversions";
import { getIhgPurchaseRule } from "@/lib/db/queries/promotions";
import type { Query } from "@/app/_components/form/query-params";
import { initialResult } from "./initial-result";
import { ihgFormFrom } from "./params";
import type { IhgViewProps } from "./ihg-view";

export async function loadIhg(query: Query): Promise<IhgViewProps> {
  const rule = await getIhgPurchaseRule(todayInJapan(new Date()));
  if (!rule) return { calculator: null };
  const form = ihgFormFrom(query, rule.annualCap);
  const { result, issues, series } = initialResult(form, rule);
  return {
    calculator: {
      initialForm: form,
      initialResult: result,
      initialIssues: issues,
      initialSeries: series,
      rule: {
        tiers: rule.tiers,
        bonusRules: rule.bonusRules,
        annualCap: rule.annualCap,
        raisedCaps: rule.raisedCaps,
        minPurchase: rule.minPurchase,
        maxPurchase: rule.maxPurchase,
        step: rule.step,
        fullBonus: fullBonusPercent(rule),
        source: rule.source,
        effectiveFrom: rule.effectiveFrom,
        confidence: rule.confidence,
      },
    },
  };
}
