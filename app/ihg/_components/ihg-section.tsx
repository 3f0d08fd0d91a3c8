// The IHG buy-points calculator with its first answer computed on the server from the
// URL and the purchase rule in force today: shared by /ihg and /embed/ihg.
import { getTranslations } from "next-intl/server";
import { fullBonusPercent } from "@/lib/calculators/ihg";
import { todayInJapan } from "@/lib/calculators/conversions";
import { getIhgPurchaseRule } from "@/lib/db/queries/promotions";
import { IhgCalculator } from "./ihg-calculator";
import { initialResult } from "./initial-result";
import { ihgFormFrom, ihgQuery } from "./params";
import type { RuleSummary } from "./types";

export async function IhgSection({ query }: { query: Record<string, string | string[] | undefined> }) {
  const t = await getTranslations("ihg");
  const rule = await getIhgPurchaseRule(todayInJapan(new Date()));
  if (!rule) return <p role="alert">{t("noRule")}</p>;
  const form = ihgFormFrom(query, rule.annualCap);
  const { result, issues, series } = initialResult(form, rule);
  const summary: RuleSummary = {
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
  };
  return <IhgCalculator key={ihgQuery(form)} initialForm={form} initialResult={result} initialIssues={issues} initialSeries={series} rule={summary} />;
}
