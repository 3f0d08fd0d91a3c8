// POST /api/v1/avios/plan: the cheapest way to collect a number of Avios by a date.
// Request: { targetAvios, deadline, yearlyCredit?: "monthly" | "upfront", allowCombinations?: true }.
// Response: { best, alternatives, assumptions, monthsAvailable, today, ... } plus `series`:
// cost against Avios collected per plan and billing, up to the target (for a plot), and
// `plans`: each plan's source, effective date and confidence.
// The first payment is today in Japan.
import { json } from "@/lib/api/errors";
import { parseJsonBody } from "@/lib/api/body";
import { corsPreflight, publicPost } from "@/lib/api/handler";
import { ZAviosCollectRequest, aviosCostSeries, cheapestAviosPlan, type TAviosPlanResponse } from "@/lib/calculators/avios";
import { todayInJapan } from "@/lib/calculators/conversions";
import { listAviosPlans } from "@/lib/db/queries/promotions";
import { aviosAsOf } from "@/lib/db/queries/data-age";

export const dynamic = "force-dynamic";

export const POST = publicPost(async (request) => {
  const parsed = await parseJsonBody(request, ZAviosCollectRequest);
  if (!parsed.ok) return parsed.response;
  const today = todayInJapan(new Date());
  const plans = await listAviosPlans(today);
  return json({
    dataAsOf: await aviosAsOf(today),
    ...cheapestAviosPlan(plans, parsed.data, today),
    series: aviosCostSeries(plans, { maxAvios: parsed.data.targetAvios }),
    plans: plans.map(({ name, effectiveFrom, source, confidence }) => ({ name, effectiveFrom, source, confidence })),
  } satisfies TAviosPlanResponse & { dataAsOf: unknown });
});

export const OPTIONS = () => corsPreflight("POST");
