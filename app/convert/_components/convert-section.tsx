// The points-to-miles calculator with its first answer computed on the server from the
// URL: shared by /convert and /embed/convert.
import { getLocale } from "next-intl/server";
import { todayInJapan } from "@/lib/calculators/conversions";
import { loadConversionData } from "@/lib/db/queries/promotions";
import { ConvertCalculator } from "./convert-calculator";
import { initialOutcome } from "./initial-outcome";
import { convertFormFrom, convertQuery } from "./params";

export async function loadConvert(query: Record<string, string | string[] | undefined>) {
  const locale = await getLocale();
  const today = todayInJapan(new Date());
  const data = await loadConversionData();
  const form = convertFormFrom(query, today);
  const { outcome, issues } = initialOutcome(form, data, today);
  const routes = data.routes.map((r) => ({
    code: r.code,
    name: locale === "ja" ? r.nameJa : r.name,
    pointsPerUnit: r.pointsPerUnit,
    milesPerUnit: r.milesPerUnit,
  }));
  return { today, data, form, outcome, issues, routes };
}

export function ConvertSection({ loaded }: { loaded: Awaited<ReturnType<typeof loadConvert>> }) {
  const { form, outcome, issues, routes, today } = loaded;
  // Keyed by the inputs: following an example or calendar link starts from that link's inputs.
  return <ConvertCalculator key={convertQuery(form)} initialForm={form} initialOutcome={outcome} initialIssues={issues} routes={routes} today={today} />;
}
