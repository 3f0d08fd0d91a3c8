import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { fullBonusPercent } from "@/lib/calculators/ihg";
import { todayInJapan } from "@/lib/calculators/conversions";
import { getIhgPurchaseRule } from "@/lib/db/queries/promotions";
import { IhgCalculator } from "./_components/ihg-calculator";
import { initialResult } from "./_components/initial-result";
import { ihgFormFrom, ihgQuery } from "./_components/params";
import type { RuleSummary } from "./_components/types";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ihg");
  return { title: t("metaTitle") };
}

export default async function IhgPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("ihg");
  const rule = await getIhgPurchaseRule(todayInJapan(new Date()));
  if (!rule) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p role="alert">{t("noRule")}</p>
      </>
    );
  }
  const form = ihgFormFrom(await searchParams, rule.annualCap);
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
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <IhgCalculator key={ihgQuery(form)} initialForm={form} initialResult={result} initialIssues={issues} initialSeries={series} rule={summary} />
    </>
  );
}
