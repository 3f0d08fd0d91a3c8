// GET /api/v1/ihg/price-series?bonusPercent=100&annualCap=150000&centsPerPoint=1.0: effective
// cents per point received for every quantity from the minimum purchase to the cap, from the
// stored price tiers (or a typed price). Feeds the plot on /ihg.
import { json } from "@/lib/api/errors";
import { parseSearchParams } from "@/lib/api/body";
import { corsPreflight, publicGet } from "@/lib/api/handler";
import { ZIhgSeriesQuery, ihgPriceSeries, type TIhgSeriesResponse } from "@/lib/calculators/ihg";
import { ruleInForce } from "../rule-in-force";
import { ihgAsOf } from "@/lib/db/queries/data-age";
import { todayInJapan } from "@/lib/calculators/conversions/dates";

export const dynamic = "force-dynamic";

export const GET = publicGet(async (request) => {
  const parsed = parseSearchParams(request.url, ZIhgSeriesQuery);
  if (!parsed.ok) return parsed.response;
  const found = await ruleInForce();
  if (!found.ok) return found.response;
  const { rule } = found;
  const dataAsOf = await ihgAsOf(todayInJapan(new Date()));
  return json({
    dataAsOf,
    rule: { effectiveFrom: rule.effectiveFrom, source: rule.source, confidence: rule.confidence },
    bonusRules: rule.bonusRules,
    tiers: rule.tiers,
    series: ihgPriceSeries(rule, parsed.data),
  } satisfies TIhgSeriesResponse & { dataAsOf: unknown });
});

export const OPTIONS = () => corsPreflight("GET");
