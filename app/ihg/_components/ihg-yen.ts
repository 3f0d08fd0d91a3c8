// The IHG figures shown in yen: the published valuation range (stored reference values
// with their sources) and the cheapest price per point under today's purchase rule.
import { getTranslations } from "next-intl/server";
import { todayInJapan } from "@/lib/calculators/conversions/dates";
import { cheapestBoughtCents } from "@/lib/calculators/fx";
import { REFERENCE_KEYS } from "@/lib/data/seed/reference-values";
import { getIhgPurchaseRule } from "@/lib/db/queries/promotions";
import { getReferenceValue } from "@/lib/db/queries/reference-values";
import type { YenRow } from "@/app/_components/yen-values";

export async function ihgYenRows(): Promise<YenRow[]> {
  const t = await getTranslations("ihg.yenRows");
  const today = todayInJapan(new Date());
  const [low, high, rule] = await Promise.all([
    getReferenceValue(REFERENCE_KEYS.ihgValueLowCents, today),
    getReferenceValue(REFERENCE_KEYS.ihgValueHighCents, today),
    getIhgPurchaseRule(today),
  ]);
  const rows: YenRow[] = [];
  if (low) rows.push({ label: t("valueLow"), cents: low.value, source: low });
  if (high) rows.push({ label: t("valueHigh"), cents: high.value, source: high });
  const bought = rule ? cheapestBoughtCents(rule.tiers, rule.bonusRules.map((b) => b.bonusPercent)) : null;
  if (rule && bought !== null) rows.push({ label: t("bought"), cents: bought, source: { source: rule.source, confidence: rule.confidence, effectiveFrom: rule.effectiveFrom } });
  return rows;
}
