// The Avios figures shown in yen: what one Avios costs on each plan in force today.
import { getTranslations } from "next-intl/server";
import { todayInJapan } from "@/lib/calculators/conversions/dates";
import { aviosSubscriptions } from "@/lib/calculators/avios";
import { listAviosPlans } from "@/lib/db/queries/promotions";
import type { YenRow } from "@/app/_components/yen-values";

export async function aviosYenRows(): Promise<YenRow[]> {
  const t = await getTranslations("avios");
  const { plans } = aviosSubscriptions(await listAviosPlans(todayInJapan(new Date())));
  return plans.flatMap((p) => [
    { label: t("yenRow", { plan: p.name, billing: "yearly" }), cents: p.centsPerAviosYearly },
    { label: t("yenRow", { plan: p.name, billing: "monthly" }), cents: p.centsPerAviosMonthly },
  ]);
}
