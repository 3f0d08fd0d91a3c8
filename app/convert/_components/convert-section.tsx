// The points-to-miles calculator with its first answer computed on the server from the
// URL: shared by /convert and the /embed/convert island.
import type { ComponentProps } from "react";
import { getLocale } from "next-intl/server";
import { todayInJapan } from "@/lib/calculators/conversions";
import { loadConversionData } from "@/lib/db/queries/promotions";
import { ConvertCalculator } from "./convert-calculator";
import { initialOutcome } from "./initial-outcome";
import { convertFormFrom } from "./params";
import { ConvertView } from "./convert-view";

export async function loadConvert(query: Record<string, string | string[] | undefined>, locale?: string) {
  const lang = locale ?? (await getLocale());
  const today = todayInJapan(new Date());
  const data = await loadConversionData();
  const form = convertFormFrom(query, today);
  const { outcome, issues } = initialOutcome(form, data, today);
  const routes = data.routes.map((r) => ({
    code: r.code,
    name: lang === "ja" ? r.nameJa : r.name,
    pointsPerUnit: r.pointsPerUnit,
    milesPerUnit: r.milesPerUnit,
  }));
  return { today, data, form, outcome, issues, routes };
}

/** The calculator's props (what the browser needs of loadConvert's answer). */
export function convertCalculatorProps(loaded: Awaited<ReturnType<typeof loadConvert>>): ComponentProps<typeof ConvertCalculator> {
  const { form, outcome, issues, routes, today } = loaded;
  return { initialForm: form, initialOutcome: outcome, initialIssues: issues, routes, today };
}

export function ConvertSection({ loaded }: { loaded: Awaited<ReturnType<typeof loadConvert>> }) {
  return <ConvertView {...convertCalculatorProps(loaded)} />;
}
