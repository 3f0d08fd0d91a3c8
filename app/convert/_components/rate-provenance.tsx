"use client";
// The exchange rate an answer used ("100 points = 50 miles"), with its source and date:
// under both the points -> miles and the miles -> points answers.
import { useTranslations } from "next-intl";
import { Provenance } from "@/app/_components/provenance";
import type { TConversionRate } from "@/lib/calculators/conversions";

export function RateProvenance({ rate }: { rate: TConversionRate }) {
  const t = useTranslations("convert");
  return (
    <Provenance
      label={t("result.rateLabel", { rate: t("form.routeRate", { points: rate.pointsPerUnit, miles: rate.milesPerUnit }) })}
      source={rate.source}
      effectiveFrom={rate.effectiveFrom}
      confidence={rate.confidence}
    />
  );
}
