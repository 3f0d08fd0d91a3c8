// The Avios subscription calculator with its first answers computed on the server from
// the URL, the plans in force and the stored Avios valuation: shared by /avios and /embed/avios.
import { getTranslations } from "next-intl/server";
import { todayInJapan } from "@/lib/calculators/conversions";
import { getValuation, listAviosPlans } from "@/lib/db/queries/promotions";
import { AviosCalculator } from "./avios-calculator";
import { initialResults } from "./initial-results";
import { aviosFormFrom, aviosQuery } from "./params";
import type { ValuationInfo } from "./types";

/** TPG's Avios valuation (facts §7, confidence M), used until the Valuation table holds one. */
const FALLBACK_CENTS_PER_AVIOS = 1.5;

export async function AviosSection({ query }: { query: Record<string, string | string[] | undefined> }) {
  const t = await getTranslations("avios");
  const today = todayInJapan(new Date());
  const [plans, stored] = await Promise.all([listAviosPlans(today), getValuation("Avios")]);
  if (plans.length === 0) return <p role="alert">{t("noPlans")}</p>;
  const valuation: ValuationInfo = stored
    ? { centsPerPoint: stored.centsPerPoint, stored: { source: stored.source, effectiveFrom: stored.effectiveFrom, confidence: stored.confidence } }
    : { centsPerPoint: FALLBACK_CENTS_PER_AVIOS, stored: null };
  const form = aviosFormFrom(query, today, valuation.centsPerPoint);
  const { subscriptions, collect, issues } = initialResults(form, plans, today);
  return (
    <AviosCalculator
      key={aviosQuery(form)}
      initialForm={form}
      initialPlans={subscriptions}
      initialCollect={collect}
      initialIssues={issues}
      valuation={valuation}
      today={today}
    />
  );
}
