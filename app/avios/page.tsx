import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { todayInJapan } from "@/lib/calculators/conversions";
import { getValuation, listAviosPlans } from "@/lib/db/queries/promotions";
import { AviosCalculator } from "./_components/avios-calculator";
import { initialResults } from "./_components/initial-results";
import { aviosFormFrom, aviosQuery } from "./_components/params";
import type { ValuationInfo } from "./_components/types";

export const dynamic = "force-dynamic";

/** TPG's Avios valuation (facts §7, confidence M), used until the Valuation table holds one. */
const FALLBACK_CENTS_PER_AVIOS = 1.5;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("avios");
  return { title: t("metaTitle") };
}

export default async function AviosPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("avios");
  const today = todayInJapan(new Date());
  const [plans, stored] = await Promise.all([listAviosPlans(today), getValuation("Avios")]);
  if (plans.length === 0) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p role="alert">{t("noPlans")}</p>
      </>
    );
  }
  const valuation: ValuationInfo = stored
    ? { centsPerPoint: stored.centsPerPoint, stored: { source: stored.source, effectiveFrom: stored.effectiveFrom, confidence: stored.confidence } }
    : { centsPerPoint: FALLBACK_CENTS_PER_AVIOS, stored: null };
  const form = aviosFormFrom(await searchParams, today, valuation.centsPerPoint);
  const { subscriptions, collect, issues } = initialResults(form, plans, today);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <AviosCalculator
        key={aviosQuery(form)}
        initialForm={form}
        initialPlans={subscriptions}
        initialCollect={collect}
        initialIssues={issues}
        valuation={valuation}
        today={today}
      />
    </>
  );
}
