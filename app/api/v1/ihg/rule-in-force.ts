// The IHG purchase rule in force today (in Japan, the product's home calendar), or the
// response to send when none is stored (a data problem, not the caller's: 503).
import { serviceUnavailable } from "@/lib/api/errors";
import { todayInJapan } from "@/lib/calculators/conversions";
import type { IhgPurchaseRuleData } from "@/lib/calculators/ihg";
import { getIhgPurchaseRule } from "@/lib/db/queries/promotions";

export async function ruleInForce(): Promise<{ ok: true; rule: IhgPurchaseRuleData } | { ok: false; response: Response }> {
  const rule = await getIhgPurchaseRule(todayInJapan(new Date()));
  if (rule) return { ok: true, rule };
  return { ok: false, response: serviceUnavailable("No IHG purchase rule is stored for today.") };
}
