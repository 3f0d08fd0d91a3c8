import "server-only";
// The Avios calculator's first answers, computed on the server from the URL, the plans in
// force and the stored Avios valuation: shared by /avios and the /embed/avios island.
import { todayInJapan } from "@/lib/calculators/conversions";
import { getValuation, listAviosPlans } from "@/lib/db/queries/promotions";
import type { Query } from "@/app/_components/form/query-params";
import { initialResults } from "./initial-results";
import { aviosFormFrom } from "./params";
import type { ValuationInfo } from "./types";
import type { AviosViewProps } from "./avios-view";

/** TPG's Avios valuation (facts §7, confidence M), used until the Valuation table holds one. */
const FALLBACK_CENTS_PER_AVIOS = 1.5;

export async function loadAvios(query: Query): Promise<AviosViewProps> {
  const today = todayInJapan(new Date());
  const [plans, stored] = await Promise.all([listAviosPlans(today), getValuation("Avios")]);
  if (plans.length === 0) return { calculator: null };
  const valuation: ValuationInfo = stored
    ? { centsPerPoint: stored.centsPerPoint, stored: { source: stored.source, effectiveFrom: stored.effectiveFrom, confidence: stored.confidence } }
    : { centsPerPoint: FALLBACK_CENTS_PER_AVIOS, stored: null };
  const form = aviosFormFrom(query, today, valuation.centsPerPoint);
  const { subscriptions, collect, issues } = initialResults(form, plans, today);
  return { calculator: { initialForm: form, initialPlans: subscriptions, initialCollect: collect, initialIssues: issues, valuation, today } };
}
